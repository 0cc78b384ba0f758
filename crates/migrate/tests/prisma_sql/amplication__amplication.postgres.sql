-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EnumBuildStatus" AS ENUM ('Running', 'Completed', 'Failed', 'Invalid', 'Canceled', 'Unknown');

-- CreateEnum
CREATE TYPE "EnumBuildGitStatus" AS ENUM ('NotConnected', 'Waiting', 'Completed', 'Failed', 'Canceled', 'Unknown');

-- CreateEnum
CREATE TYPE "EnumOutdatedVersionAlertStatus" AS ENUM ('New', 'Resolved', 'Ignored', 'Canceled');

-- CreateEnum
CREATE TYPE "EnumOutdatedVersionAlertType" AS ENUM ('TemplateVersion', 'PluginVersion', 'CodeEngineVersion');

-- CreateEnum
CREATE TYPE "EnumEntityAction" AS ENUM ('View', 'Create', 'Update', 'Delete', 'Search');

-- CreateEnum
CREATE TYPE "EnumEntityPermissionType" AS ENUM ('AllRoles', 'Granular', 'Disabled', 'Public');

-- CreateEnum
CREATE TYPE "EnumDataType" AS ENUM ('SingleLineText', 'MultiLineText', 'Email', 'WholeNumber', 'DateTime', 'DecimalNumber', 'Lookup', 'MultiSelectOptionSet', 'OptionSet', 'Boolean', 'Id', 'CreatedAt', 'UpdatedAt', 'GeographicLocation', 'Roles', 'Username', 'Password', 'Json', 'File');

-- CreateEnum
CREATE TYPE "EnumBlockType" AS ENUM ('ServiceSettings', 'ProjectConfigurationSettings', 'Topic', 'ServiceTopics', 'PluginInstallation', 'PluginOrder', 'Module', 'ModuleAction', 'ModuleDto', 'PrivatePlugin', 'Package', 'CodeEngineVersion', 'Relation', 'ResourceSettings', 'ResourceTemplateVersion');

-- CreateEnum
CREATE TYPE "ActionStepStatus" AS ENUM ('Waiting', 'Running', 'Failed', 'Success');

-- CreateEnum
CREATE TYPE "EnumLogLevel" AS ENUM ('Error', 'Warning', 'Info', 'Debug');

-- CreateEnum
CREATE TYPE "EnumDeploymentStatus" AS ENUM ('Completed', 'Waiting', 'Failed', 'Removed');

-- CreateEnum
CREATE TYPE "EnumSubscriptionPlan" AS ENUM ('Free', 'Pro', 'Enterprise', 'PreviewBreakTheMonolith', 'Essential', 'Team');

-- CreateEnum
CREATE TYPE "EnumSubscriptionStatus" AS ENUM ('Active', 'Trailing', 'PastDue', 'Paused', 'Deleted');

-- CreateEnum
CREATE TYPE "EnumResourceType" AS ENUM ('Service', 'ProjectConfiguration', 'MessageBroker', 'PluginRepository', 'ServiceTemplate', 'Component');

-- CreateEnum
CREATE TYPE "EnumGitProvider" AS ENUM ('Github', 'Bitbucket', 'AwsCodeCommit', 'GitLab', 'AzureDevOps');

-- CreateEnum
CREATE TYPE "EnumGitOrganizationType" AS ENUM ('User', 'Organization');

-- CreateEnum
CREATE TYPE "EnumUserActionType" AS ENUM ('DBSchemaImport', 'GptConversation', 'ProjectRedesign');

-- CreateEnum
CREATE TYPE "CodeGeneratorVersionStrategy" AS ENUM ('LatestMajor', 'LatestMinor', 'Specific');

-- CreateEnum
CREATE TYPE "CustomPropertyType" AS ENUM ('Text', 'Link', 'Select', 'MultiSelect');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "password" TEXT NOT NULL,
    "currentUserId" TEXT,
    "githubId" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "allowLLMFeatures" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "useDemoRepo" BOOLEAN NOT NULL DEFAULT false,
    "demoRepoName" TEXT,
    "licensed" BOOLEAN NOT NULL DEFAULT true,
    "platformIsPublic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GitOrganization" (
    "id" TEXT NOT NULL,
    "provider" "EnumGitProvider" NOT NULL,
    "name" TEXT NOT NULL,
    "useGroupingForRepositories" BOOLEAN NOT NULL DEFAULT false,
    "installationId" TEXT NOT NULL,
    "providerProperties" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "type" "EnumGitOrganizationType" DEFAULT 'User',

    CONSTRAINT "GitOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GitRepository" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "groupName" TEXT,
    "baseBranchName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "gitOrganizationId" TEXT NOT NULL,

    CONSTRAINT "GitRepository_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "accountId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "isOwner" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" TIMESTAMP(3),
    "lastActive" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "description" TEXT,
    "permissions" TEXT[],
    "workspaceId" TEXT NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "workspaceId" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "color" TEXT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamAssignment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resourceId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    CONSTRAINT "TeamAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ownership" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "userId" TEXT,
    "teamId" TEXT,

    CONSTRAINT "Ownership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "previewChars" TEXT NOT NULL,
    "lastAccessAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Blueprint" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "workspaceId" TEXT NOT NULL,
    "color" TEXT,
    "relations" JSONB,
    "resourceType" "EnumResourceType" NOT NULL DEFAULT 'Component',
    "codeGeneratorName" TEXT NOT NULL DEFAULT 'Blueprint',
    "useBusinessDomain" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Blueprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "gitRepositoryOverride" BOOLEAN NOT NULL DEFAULT false,
    "githubLastSync" TIMESTAMP(3),
    "githubLastMessage" TEXT,
    "deletedAt" TIMESTAMP(3),
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "gitRepositoryId" TEXT,
    "projectId" TEXT NOT NULL,
    "resourceType" "EnumResourceType" NOT NULL,
    "codeGeneratorVersion" TEXT,
    "codeGeneratorStrategy" "CodeGeneratorVersionStrategy" NOT NULL DEFAULT 'LatestMajor',
    "codeGeneratorName" TEXT,
    "licensed" BOOLEAN NOT NULL DEFAULT true,
    "ownershipId" TEXT,
    "properties" JSONB,
    "blueprintId" TEXT,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceRelationCache" (
    "id" TEXT NOT NULL,
    "parentResourceId" TEXT NOT NULL,
    "relationKey" TEXT NOT NULL,
    "childResourceId" TEXT NOT NULL,
    "parentShouldBuildWithChild" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ResourceRelationCache_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceRole" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resourceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "ResourceRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commit" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "Commit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resourceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "pluralDisplayName" TEXT NOT NULL,
    "description" TEXT,
    "customAttributes" TEXT,
    "lockedByUserId" TEXT,
    "lockedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityVersion" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "entityId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "pluralDisplayName" TEXT NOT NULL,
    "description" TEXT,
    "customAttributes" TEXT,
    "commitId" TEXT,
    "deleted" BOOLEAN,

    CONSTRAINT "EntityVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityPermission" (
    "id" TEXT NOT NULL,
    "entityVersionId" TEXT NOT NULL,
    "action" "EnumEntityAction" NOT NULL,
    "type" "EnumEntityPermissionType" NOT NULL,

    CONSTRAINT "EntityPermission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityPermissionRole" (
    "id" TEXT NOT NULL,
    "entityVersionId" TEXT NOT NULL,
    "action" "EnumEntityAction" NOT NULL,
    "resourceRoleId" TEXT NOT NULL,

    CONSTRAINT "EntityPermissionRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityPermissionField" (
    "id" TEXT NOT NULL,
    "permissionId" TEXT NOT NULL,
    "fieldPermanentId" TEXT NOT NULL,
    "entityVersionId" TEXT NOT NULL,

    CONSTRAINT "EntityPermissionField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityField" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "entityVersionId" TEXT NOT NULL,
    "permanentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "dataType" "EnumDataType" NOT NULL,
    "properties" JSONB NOT NULL,
    "required" BOOLEAN NOT NULL,
    "searchable" BOOLEAN NOT NULL,
    "customAttributes" TEXT,
    "description" TEXT NOT NULL,
    "position" INTEGER,
    "unique" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EntityField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resourceId" TEXT NOT NULL,
    "parentBlockId" TEXT,
    "blockType" "EnumBlockType" NOT NULL,
    "displayName" TEXT NOT NULL,
    "description" TEXT,
    "lockedByUserId" TEXT,
    "lockedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockVersion" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "blockId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "inputParameters" JSONB,
    "outputParameters" JSONB,
    "settings" JSONB NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "description" TEXT,
    "commitId" TEXT,
    "deleted" BOOLEAN,

    CONSTRAINT "BlockVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionStep" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message" TEXT NOT NULL,
    "status" "ActionStepStatus" NOT NULL,
    "completedAt" TIMESTAMP(3),
    "actionId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActionStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionLog" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message" TEXT NOT NULL,
    "meta" JSONB NOT NULL,
    "level" "EnumLogLevel" NOT NULL,
    "stepId" TEXT NOT NULL,

    CONSTRAINT "ActionLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Build" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "message" TEXT,
    "actionId" TEXT NOT NULL,
    "images" TEXT[],
    "containerStatusQuery" JSONB,
    "containerStatusUpdatedAt" TIMESTAMP(3),
    "commitId" TEXT,
    "codeGeneratorVersion" TEXT,
    "linesOfCode" INTEGER,
    "linesOfCodeDeleted" INTEGER,
    "filesChanged" INTEGER,
    "status" "EnumBuildStatus" NOT NULL DEFAULT 'Unknown',
    "gitStatus" "EnumBuildGitStatus" NOT NULL DEFAULT 'Unknown',

    CONSTRAINT "Build_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuildPlugin" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "buildId" TEXT NOT NULL,
    "requestedFullPackageName" TEXT NOT NULL,
    "packageName" TEXT NOT NULL,
    "packageVersion" TEXT NOT NULL,

    CONSTRAINT "BuildPlugin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceVersion" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "message" TEXT,
    "commitId" TEXT,

    CONSTRAINT "ResourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAction" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "userActionType" "EnumUserActionType" NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "userId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,

    CONSTRAINT "UserAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutdatedVersionAlert" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resourceId" TEXT NOT NULL,
    "type" "EnumOutdatedVersionAlertType" NOT NULL,
    "pluginPackageName" TEXT,
    "blockId" TEXT,
    "outdatedVersion" TEXT NOT NULL,
    "latestVersion" TEXT NOT NULL,
    "status" "EnumOutdatedVersionAlertStatus" NOT NULL DEFAULT 'New',

    CONSTRAINT "OutdatedVersionAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" TEXT NOT NULL,
    "description" TEXT,
    "commitId" TEXT NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Environment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resourceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "address" TEXT NOT NULL,

    CONSTRAINT "Environment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "buildId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "status" "EnumDeploymentStatus" NOT NULL,
    "message" TEXT,
    "actionId" TEXT NOT NULL,
    "statusQuery" JSONB,
    "statusUpdatedAt" TIMESTAMP(3),

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "email" TEXT NOT NULL,
    "invitedByUserId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "newUserId" TEXT,
    "token" TEXT NOT NULL,
    "tokenExpiration" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "newUserId" TEXT,
    "code" TEXT NOT NULL,
    "expiration" TIMESTAMP(3) NOT NULL,
    "subscriptionPlan" "EnumSubscriptionPlan" NOT NULL DEFAULT 'Pro',
    "durationMonths" INTEGER NOT NULL DEFAULT 1,
    "redemptionAt" TIMESTAMP(3),
    "couponType" TEXT,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwsMarketplaceIntegration" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "email" TEXT NOT NULL,
    "customerIdentifier" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "accountId" TEXT,
    "workspaceId" TEXT,

    CONSTRAINT "AwsMarketplaceIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "subscriptionPlan" "EnumSubscriptionPlan" NOT NULL,
    "status" "EnumSubscriptionStatus" NOT NULL,
    "cancellationEffectiveDate" TIMESTAMP(3),

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomProperty" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "type" "CustomPropertyType" NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "options" JSONB,
    "blueprintId" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "validationRule" TEXT,
    "validationMessage" TEXT,

    CONSTRAINT "CustomProperty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_RoleToTeam" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RoleToTeam_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RoleToTeamAssignment" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RoleToTeamAssignment_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_TeamToUser" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_TeamToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EntityVersionToResourceVersion" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EntityVersionToResourceVersion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EntityPermissionFieldToEntityPermissionRole" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EntityPermissionFieldToEntityPermissionRole_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_BlockVersionToBuild" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_BlockVersionToBuild_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_BlockVersionToResourceVersion" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_BlockVersionToResourceVersion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_BuildToEntityVersion" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_BuildToEntityVersion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account.email_unique" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account.currentUserId_unique" ON "Account"("currentUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace.name_unique" ON "Workspace"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Project_workspaceId_name_key" ON "Project"("workspaceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "GitOrganization_provider_installationId_workspaceId_key" ON "GitOrganization"("provider", "installationId", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "User.accountId_workspaceId_unique" ON "User"("accountId", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Role.workspaceId_key_unique" ON "Role"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Role.workspaceId_name_unique" ON "Role"("workspaceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Team.workspaceId_name_unique" ON "Team"("workspaceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TeamAssignment.teamId_resourceId_unique" ON "TeamAssignment"("teamId", "resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken.userId_name_unique" ON "ApiToken"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Blueprint.workspaceId_key_unique" ON "Blueprint"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Blueprint.workspaceId_name_unique" ON "Blueprint"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "Resource_properties_idx" ON "Resource" USING GIN ("properties" jsonb_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Resource.projectId_name_unique" ON "Resource"("projectId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceRole.resourceId_displayName_unique" ON "ResourceRole"("resourceId", "displayName");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceRole.resourceId_name_unique" ON "ResourceRole"("resourceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Entity.resourceId_displayName_unique" ON "Entity"("resourceId", "displayName");

-- CreateIndex
CREATE UNIQUE INDEX "Entity.resourceId_name_unique" ON "Entity"("resourceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Entity.resourceId_pluralDisplayName_unique" ON "Entity"("resourceId", "pluralDisplayName");

-- CreateIndex
CREATE UNIQUE INDEX "EntityVersion.entityId_versionNumber_unique" ON "EntityVersion"("entityId", "versionNumber");

-- CreateIndex
CREATE UNIQUE INDEX "EntityPermission.entityVersionId_action_unique" ON "EntityPermission"("entityVersionId", "action");

-- CreateIndex
CREATE UNIQUE INDEX "EntityPermissionRole.entityVersionId_action_resourceRoleId_uniq" ON "EntityPermissionRole"("entityVersionId", "action", "resourceRoleId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityPermissionField.permissionId_fieldPermanentId_unique" ON "EntityPermissionField"("permissionId", "fieldPermanentId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityField.entityVersionId_displayName_unique" ON "EntityField"("entityVersionId", "displayName");

-- CreateIndex
CREATE UNIQUE INDEX "EntityField.entityVersionId_name_unique" ON "EntityField"("entityVersionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EntityField.entityVersionId_permanentId_unique" ON "EntityField"("entityVersionId", "permanentId");

-- CreateIndex
CREATE UNIQUE INDEX "Block.resourceId_displayName_unique" ON "Block"("resourceId", "displayName", "blockType", "parentBlockId");

-- CreateIndex
CREATE UNIQUE INDEX "BlockVersion.blockId_versionNumber_unique" ON "BlockVersion"("blockId", "versionNumber");

-- CreateIndex
CREATE INDEX "ActionStep.actionId_index" ON "ActionStep"("actionId");

-- CreateIndex
CREATE INDEX "ActionLog.stepId_index" ON "ActionLog"("stepId");

-- CreateIndex
CREATE UNIQUE INDEX "Build.resourceId_version_unique" ON "Build"("resourceId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BuildPlugin.buildId_packageName_unique" ON "BuildPlugin"("buildId", "packageName");

-- CreateIndex
CREATE UNIQUE INDEX "ResouceVersion.resourceId_version_unique" ON "ResourceVersion"("resourceId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Environment.resourceId_name_unique" ON "Environment"("resourceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_newUserId_unique" ON "Invitation"("newUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation.workspaceId_email_unique" ON "Invitation"("workspaceId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_newUserId_key" ON "Coupon"("newUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AwsMarketplaceIntegration_email_key" ON "AwsMarketplaceIntegration"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AwsMarketplaceIntegration_accountId_key" ON "AwsMarketplaceIntegration"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "AwsMarketplaceIntegration_workspaceId_key" ON "AwsMarketplaceIntegration"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "AwsMarketplaceIntegration.customerIdentifier_productCode_unique" ON "AwsMarketplaceIntegration"("customerIdentifier", "productCode");

-- CreateIndex
CREATE UNIQUE INDEX "CustomProperty.workspaceId_blueprintId_key_unique" ON "CustomProperty"("workspaceId", "blueprintId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CustomProperty.workspaceId_blueprintId_name_unique" ON "CustomProperty"("workspaceId", "blueprintId", "name");

-- CreateIndex
CREATE INDEX "_RoleToTeam_B_index" ON "_RoleToTeam"("B");

-- CreateIndex
CREATE INDEX "_RoleToTeamAssignment_B_index" ON "_RoleToTeamAssignment"("B");

-- CreateIndex
CREATE INDEX "_TeamToUser_B_index" ON "_TeamToUser"("B");

-- CreateIndex
CREATE INDEX "_EntityVersionToResourceVersion_B_index" ON "_EntityVersionToResourceVersion"("B");

-- CreateIndex
CREATE INDEX "_EntityPermissionFieldToEntityPermissionRole_B_index" ON "_EntityPermissionFieldToEntityPermissionRole"("B");

-- CreateIndex
CREATE INDEX "_BlockVersionToBuild_B_index" ON "_BlockVersionToBuild"("B");

-- CreateIndex
CREATE INDEX "_BlockVersionToResourceVersion_B_index" ON "_BlockVersionToResourceVersion"("B");

-- CreateIndex
CREATE INDEX "_BuildToEntityVersion_B_index" ON "_BuildToEntityVersion"("B");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_currentUserId_fkey" FOREIGN KEY ("currentUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitOrganization" ADD CONSTRAINT "GitOrganization_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitRepository" ADD CONSTRAINT "GitRepository_gitOrganizationId_fkey" FOREIGN KEY ("gitOrganizationId") REFERENCES "GitOrganization"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAssignment" ADD CONSTRAINT "TeamAssignment_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAssignment" ADD CONSTRAINT "TeamAssignment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ownership" ADD CONSTRAINT "Ownership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ownership" ADD CONSTRAINT "Ownership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Blueprint" ADD CONSTRAINT "Blueprint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_gitRepositoryId_fkey" FOREIGN KEY ("gitRepositoryId") REFERENCES "GitRepository"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_ownershipId_fkey" FOREIGN KEY ("ownershipId") REFERENCES "Ownership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_blueprintId_fkey" FOREIGN KEY ("blueprintId") REFERENCES "Blueprint"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRelationCache" ADD CONSTRAINT "ResourceRelationCache_parentResourceId_fkey" FOREIGN KEY ("parentResourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRelationCache" ADD CONSTRAINT "ResourceRelationCache_childResourceId_fkey" FOREIGN KEY ("childResourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRole" ADD CONSTRAINT "ResourceRole_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commit" ADD CONSTRAINT "Commit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commit" ADD CONSTRAINT "Commit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_lockedByUserId_fkey" FOREIGN KEY ("lockedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityVersion" ADD CONSTRAINT "EntityVersion_commitId_fkey" FOREIGN KEY ("commitId") REFERENCES "Commit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityVersion" ADD CONSTRAINT "EntityVersion_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPermission" ADD CONSTRAINT "EntityPermission_entityVersionId_fkey" FOREIGN KEY ("entityVersionId") REFERENCES "EntityVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPermissionRole" ADD CONSTRAINT "EntityPermissionRole_resourceRoleId_fkey" FOREIGN KEY ("resourceRoleId") REFERENCES "ResourceRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPermissionRole" ADD CONSTRAINT "EntityPermissionRole_entityVersionId_action_fkey" FOREIGN KEY ("entityVersionId", "action") REFERENCES "EntityPermission"("entityVersionId", "action") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPermissionField" ADD CONSTRAINT "EntityPermissionField_fieldPermanentId_entityVersionId_fkey" FOREIGN KEY ("fieldPermanentId", "entityVersionId") REFERENCES "EntityField"("permanentId", "entityVersionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPermissionField" ADD CONSTRAINT "EntityPermissionField_permissionId_fkey" FOREIGN KEY ("permissionId") REFERENCES "EntityPermission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityField" ADD CONSTRAINT "EntityField_entityVersionId_fkey" FOREIGN KEY ("entityVersionId") REFERENCES "EntityVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_lockedByUserId_fkey" FOREIGN KEY ("lockedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_parentBlockId_fkey" FOREIGN KEY ("parentBlockId") REFERENCES "Block"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockVersion" ADD CONSTRAINT "BlockVersion_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockVersion" ADD CONSTRAINT "BlockVersion_commitId_fkey" FOREIGN KEY ("commitId") REFERENCES "Commit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionStep" ADD CONSTRAINT "ActionStep_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionLog" ADD CONSTRAINT "ActionLog_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ActionStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_commitId_fkey" FOREIGN KEY ("commitId") REFERENCES "Commit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuildPlugin" ADD CONSTRAINT "BuildPlugin_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_commitId_fkey" FOREIGN KEY ("commitId") REFERENCES "Commit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAction" ADD CONSTRAINT "UserAction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAction" ADD CONSTRAINT "UserAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAction" ADD CONSTRAINT "UserAction_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutdatedVersionAlert" ADD CONSTRAINT "OutdatedVersionAlert_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutdatedVersionAlert" ADD CONSTRAINT "OutdatedVersionAlert_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_commitId_fkey" FOREIGN KEY ("commitId") REFERENCES "Commit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Environment" ADD CONSTRAINT "Environment_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedByUserId_fkey" FOREIGN KEY ("invitedByUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_newUserId_fkey" FOREIGN KEY ("newUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_newUserId_fkey" FOREIGN KEY ("newUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwsMarketplaceIntegration" ADD CONSTRAINT "AwsMarketplaceIntegration_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwsMarketplaceIntegration" ADD CONSTRAINT "AwsMarketplaceIntegration_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomProperty" ADD CONSTRAINT "CustomProperty_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomProperty" ADD CONSTRAINT "CustomProperty_blueprintId_fkey" FOREIGN KEY ("blueprintId") REFERENCES "Blueprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToTeam" ADD CONSTRAINT "_RoleToTeam_A_fkey" FOREIGN KEY ("A") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToTeam" ADD CONSTRAINT "_RoleToTeam_B_fkey" FOREIGN KEY ("B") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToTeamAssignment" ADD CONSTRAINT "_RoleToTeamAssignment_A_fkey" FOREIGN KEY ("A") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToTeamAssignment" ADD CONSTRAINT "_RoleToTeamAssignment_B_fkey" FOREIGN KEY ("B") REFERENCES "TeamAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TeamToUser" ADD CONSTRAINT "_TeamToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TeamToUser" ADD CONSTRAINT "_TeamToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EntityVersionToResourceVersion" ADD CONSTRAINT "_EntityVersionToResourceVersion_A_fkey" FOREIGN KEY ("A") REFERENCES "EntityVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EntityVersionToResourceVersion" ADD CONSTRAINT "_EntityVersionToResourceVersion_B_fkey" FOREIGN KEY ("B") REFERENCES "ResourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EntityPermissionFieldToEntityPermissionRole" ADD CONSTRAINT "_EntityPermissionFieldToEntityPermissionRole_A_fkey" FOREIGN KEY ("A") REFERENCES "EntityPermissionField"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EntityPermissionFieldToEntityPermissionRole" ADD CONSTRAINT "_EntityPermissionFieldToEntityPermissionRole_B_fkey" FOREIGN KEY ("B") REFERENCES "EntityPermissionRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BlockVersionToBuild" ADD CONSTRAINT "_BlockVersionToBuild_A_fkey" FOREIGN KEY ("A") REFERENCES "BlockVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BlockVersionToBuild" ADD CONSTRAINT "_BlockVersionToBuild_B_fkey" FOREIGN KEY ("B") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BlockVersionToResourceVersion" ADD CONSTRAINT "_BlockVersionToResourceVersion_A_fkey" FOREIGN KEY ("A") REFERENCES "BlockVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BlockVersionToResourceVersion" ADD CONSTRAINT "_BlockVersionToResourceVersion_B_fkey" FOREIGN KEY ("B") REFERENCES "ResourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BuildToEntityVersion" ADD CONSTRAINT "_BuildToEntityVersion_A_fkey" FOREIGN KEY ("A") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BuildToEntityVersion" ADD CONSTRAINT "_BuildToEntityVersion_B_fkey" FOREIGN KEY ("B") REFERENCES "EntityVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

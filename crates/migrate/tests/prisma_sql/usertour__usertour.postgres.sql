-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SsoProviderType" AS ENUM ('OIDC', 'SAML');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'VIEWER', 'USER', 'OWNER');

-- CreateEnum
CREATE TYPE "OutboundMessageStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refreshToken" TEXT,
    "accessToken" TEXT,
    "expiresAt" INTEGER,
    "scope" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "email" TEXT,
    "emailVerified" TIMESTAMPTZ,
    "password" TEXT,
    "avatarUrl" TEXT,
    "name" TEXT,
    "isSystemAdmin" BOOLEAN NOT NULL DEFAULT false,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "twoFactorEnabled" BOOLEAN NOT NULL DEFAULT false,
    "twoFactorSecret" TEXT,
    "twoFactorEnabledAt" TIMESTAMPTZ(6),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TwoFactorRecoveryCode" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "hashedCode" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(6),

    CONSTRAINT "TwoFactorRecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstanceSetting" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT 'instance',
    "instanceId" TEXT NOT NULL,
    "name" TEXT,
    "contactEmail" TEXT,
    "allowUserRegistration" BOOLEAN NOT NULL DEFAULT true,
    "require2FA" BOOLEAN NOT NULL DEFAULT false,
    "allowProjectLevelSubscriptionManagement" BOOLEAN,
    "license" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "InstanceSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Register" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "code" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "processed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Register_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "code" TEXT NOT NULL,
    "allowedEnvironmentIds" JSONB,
    "expired" BOOLEAN NOT NULL DEFAULT false,
    "canceled" BOOLEAN NOT NULL DEFAULT false,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "expiresAt" TIMESTAMPTZ(6),
    "userId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Code" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(6),
    "ext" JSONB,

    CONSTRAINT "Code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "name" TEXT NOT NULL,
    "logoUrl" TEXT,
    "usesInstanceLicense" BOOLEAN NOT NULL DEFAULT false,
    "customerId" TEXT,
    "subscriptionId" TEXT,
    "license" TEXT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSsoSettings" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "projectId" TEXT NOT NULL,
    "requireSso" BOOLEAN NOT NULL DEFAULT false,
    "autoProvision" BOOLEAN NOT NULL DEFAULT false,
    "defaultRole" "Role" NOT NULL DEFAULT 'ADMIN',
    "allowedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "ProjectSsoSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSSOIdentityProvider" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "projectId" TEXT NOT NULL,
    "type" "SsoProviderType" NOT NULL DEFAULT 'OIDC',
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecret" TEXT NOT NULL,
    "authorizationUrl" TEXT,
    "tokenUrl" TEXT,
    "userInfoUrl" TEXT,

    CONSTRAINT "ProjectSSOIdentityProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserOnProject" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "role" "Role" NOT NULL,
    "actived" BOOLEAN NOT NULL,
    "allowedEnvironmentIds" JSONB,
    "projectId" TEXT,
    "userId" TEXT,

    CONSTRAINT "UserOnProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Environment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "name" TEXT,
    "token" TEXT NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "requireIdentityVerification" BOOLEAN NOT NULL DEFAULT false,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "Environment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnvironmentSigningSecret" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "environmentId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(6),
    "revokedAt" TIMESTAMPTZ(6),

    CONSTRAINT "EnvironmentSigningSecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessToken" (
    "id" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT 'ak_',
    "accessToken" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "expiresAt" TIMESTAMPTZ(6),
    "lastUsedAt" TIMESTAMPTZ(6),
    "description" TEXT,

    CONSTRAINT "AccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT 'utp_',
    "hashedSecret" TEXT NOT NULL,
    "partialKey" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "allowedEnvironmentIds" JSONB,
    "clientId" TEXT,
    "oauthGrantId" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "expiresAt" TIMESTAMPTZ(6),
    "lastUsedAt" TIMESTAMPTZ(6),
    "userId" TEXT NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiTokenOnProject" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "apiTokenId" TEXT,
    "projectId" TEXT,

    CONSTRAINT "ApiTokenOnProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OAuthClient" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "clientType" TEXT NOT NULL,
    "clientSecretHash" TEXT,
    "name" TEXT NOT NULL,
    "redirectUris" JSONB NOT NULL,
    "grantTypes" JSONB NOT NULL,
    "logoUri" TEXT,
    "clientUri" TEXT,
    "registrationAccessTokenHash" TEXT,
    "createdByUserId" TEXT,
    "lastUsedAt" TIMESTAMPTZ(6),

    CONSTRAINT "OAuthClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OAuthAuthorizationCode" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hashedCode" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "allowedEnvironmentIds" JSONB,
    "redirectUri" TEXT NOT NULL,
    "codeChallenge" TEXT,
    "codeChallengeMethod" TEXT,
    "grantId" TEXT NOT NULL,
    "resource" TEXT,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,
    "consumedAt" TIMESTAMPTZ(6),

    CONSTRAINT "OAuthAuthorizationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OAuthGrant" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(6),
    "userId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "allowedEnvironmentIds" JSONB,
    "hashedRefreshToken" TEXT,
    "previousHashedRefreshToken" TEXT,
    "rotatedAt" TIMESTAMPTZ(6),
    "refreshExpiresAt" TIMESTAMPTZ(6),
    "revokedAt" TIMESTAMPTZ(6),

    CONSTRAINT "OAuthGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "isSystem" BOOLEAN NOT NULL DEFAULT false,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "projectId" TEXT NOT NULL,
    "settings" JSONB,
    "variations" JSONB,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Content" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "publishedAt" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT,
    "buildUrl" TEXT,
    "type" TEXT NOT NULL DEFAULT 'flow',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "environmentId" TEXT,
    "projectId" TEXT,
    "config" JSONB,
    "publishedVersionId" TEXT,
    "editedVersionId" TEXT,

    CONSTRAINT "Content_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentOnEnvironment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "environmentId" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedVersionId" TEXT NOT NULL,

    CONSTRAINT "ContentOnEnvironment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentPublishRecord" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "versionSequence" INTEGER NOT NULL,
    "environmentId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorTokenId" TEXT,
    "actorName" TEXT,
    "actorTokenName" TEXT,
    "environmentName" TEXT,

    CONSTRAINT "ContentPublishRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "publishedAt" TIMESTAMPTZ(6),
    "scheduledAt" TIMESTAMPTZ(6),
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdByUserId" TEXT,
    "updatedByUserId" TEXT,
    "themeId" TEXT,
    "contentId" TEXT NOT NULL,
    "data" JSONB,
    "config" JSONB,

    CONSTRAINT "Version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Step" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "cvid" TEXT NOT NULL,
    "name" TEXT,
    "type" TEXT,
    "target" JSONB,
    "data" JSONB,
    "trigger" JSONB,
    "setting" JSONB,
    "screenshot" JSONB,
    "themeId" TEXT,
    "versionId" TEXT NOT NULL,

    CONSTRAINT "Step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Localization" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "Localization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VersionOnLocalization" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "versionId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "localizationId" TEXT NOT NULL,
    "localized" JSONB NOT NULL,
    "backup" JSONB NOT NULL,

    CONSTRAINT "VersionOnLocalization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attribute" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "bizType" INTEGER NOT NULL DEFAULT 1,
    "projectId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "codeName" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "dataType" INTEGER NOT NULL DEFAULT 1,
    "randomMax" INTEGER NOT NULL DEFAULT 1,
    "source" TEXT NOT NULL DEFAULT 'internal',
    "predefined" BOOLEAN NOT NULL DEFAULT false,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Attribute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizUser" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "environmentId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL DEFAULT '',
    "data" JSONB,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "bizCompanyId" TEXT,

    CONSTRAINT "BizUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizUserOnCompany" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "bizCompanyId" TEXT NOT NULL,
    "bizUserId" TEXT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "BizUserOnCompany_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizCompany" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "environmentId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL DEFAULT '',
    "data" JSONB,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BizCompany_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Segment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "bizType" INTEGER NOT NULL DEFAULT 1,
    "dataType" INTEGER NOT NULL DEFAULT 1,
    "source" TEXT DEFAULT 'internal',
    "sourceId" TEXT,
    "environmentId" TEXT,
    "projectId" TEXT,
    "columns" JSONB,
    "data" JSONB,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizUserOnSegment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "segmentId" TEXT NOT NULL,
    "bizUserId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "BizUserOnSegment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizCompanyOnSegment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "segmentId" TEXT NOT NULL,
    "bizCompanyId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "BizCompanyOnSegment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "codeName" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "predefined" BOOLEAN NOT NULL DEFAULT false,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributeOnEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "eventId" TEXT NOT NULL,
    "attributeId" TEXT NOT NULL,

    CONSTRAINT "AttributeOnEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizSession" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "state" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "projectId" TEXT NOT NULL DEFAULT '',
    "environmentId" TEXT,
    "bizUserId" TEXT NOT NULL,
    "bizCompanyId" TEXT,
    "contentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "currentStepId" TEXT DEFAULT '',

    CONSTRAINT "BizSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "eventId" TEXT NOT NULL,
    "data" JSONB,
    "bizUserId" TEXT NOT NULL,
    "bizSessionId" TEXT,
    "bizCompanyId" TEXT,
    "contentId" TEXT,
    "versionId" TEXT,

    CONSTRAINT "BizEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizAnnouncementSeen" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bizUserId" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,

    CONSTRAINT "BizAnnouncementSeen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BizAnswer" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "bizEventId" TEXT NOT NULL,
    "bizSessionId" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "bizUserId" TEXT NOT NULL,
    "cvid" TEXT NOT NULL,
    "environmentId" TEXT,
    "numberAnswer" INTEGER,
    "textAnswer" TEXT,
    "listAnswer" TEXT[],

    CONSTRAINT "BizAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hashedToken" TEXT NOT NULL,
    "revoked" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMPTZ NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionPlan" (
    "id" TEXT NOT NULL,
    "planType" TEXT NOT NULL,
    "interval" TEXT NOT NULL,
    "lookupKey" TEXT NOT NULL,
    "mauQuota" INTEGER NOT NULL DEFAULT 3000,
    "sessionCountQuota" INTEGER NOT NULL DEFAULT 5000,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "lookupKey" TEXT NOT NULL,
    "planType" TEXT NOT NULL,
    "interval" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "isTrial" BOOLEAN NOT NULL DEFAULT false,
    "overridePlan" JSONB,
    "cancelAt" TIMESTAMPTZ,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckoutSession" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "lookupKey" TEXT NOT NULL,
    "paymentStatus" TEXT,
    "subscriptionId" TEXT,
    "invoiceId" TEXT,
    "customerId" TEXT,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckoutSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "accessToken" TEXT NOT NULL,
    "config" JSONB,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "environmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationOAuth" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "accessToken" TEXT NOT NULL,
    "refreshToken" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,
    "data" JSONB,
    "scope" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,

    CONSTRAINT "IntegrationOAuth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationObjectMapping" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceObjectType" TEXT NOT NULL,
    "destinationObjectType" TEXT NOT NULL,
    "settings" JSONB,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "isSyncing" BOOLEAN NOT NULL DEFAULT false,
    "lastSyncedAt" TIMESTAMPTZ,
    "integrationId" TEXT NOT NULL,

    CONSTRAINT "IntegrationObjectMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationLog" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL,
    "integrationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "IntegrationLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "environmentId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "topics" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "secret" TEXT NOT NULL,
    "description" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "cooldownUntil" TIMESTAMPTZ(6),
    "failingSince" TIMESTAMPTZ(6),
    "autoDisabledAt" TIMESTAMPTZ(6),

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "environmentId" TEXT NOT NULL,
    "webhookId" TEXT,
    "integrationId" TEXT,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboundMessageStatus" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundDelivery" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "messageId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL,
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "error" TEXT,
    "durationMs" INTEGER,

    CONSTRAINT "OutboundDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "projectId" TEXT NOT NULL,
    "environmentId" TEXT,
    "source" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorTokenId" TEXT,
    "action" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "metadata" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "TwoFactorRecoveryCode_userId_idx" ON "TwoFactorRecoveryCode"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InstanceSetting_key_key" ON "InstanceSetting"("key");

-- CreateIndex
CREATE UNIQUE INDEX "InstanceSetting_instanceId_key" ON "InstanceSetting"("instanceId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_code_key" ON "Invite"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectSsoSettings_projectId_key" ON "ProjectSsoSettings"("projectId");

-- CreateIndex
CREATE INDEX "ProjectSSOIdentityProvider_projectId_idx" ON "ProjectSSOIdentityProvider"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "UserOnProject_projectId_userId_key" ON "UserOnProject"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "EnvironmentSigningSecret_secret_key" ON "EnvironmentSigningSecret"("secret");

-- CreateIndex
CREATE INDEX "EnvironmentSigningSecret_environmentId_idx" ON "EnvironmentSigningSecret"("environmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessToken_accessToken_key" ON "AccessToken"("accessToken");

-- CreateIndex
CREATE INDEX "AccessToken_environmentId_idx" ON "AccessToken"("environmentId");

-- CreateIndex
CREATE INDEX "AccessToken_accessToken_idx" ON "AccessToken"("accessToken");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hashedSecret_key" ON "ApiToken"("hashedSecret");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "ApiToken_hashedSecret_idx" ON "ApiToken"("hashedSecret");

-- CreateIndex
CREATE INDEX "ApiToken_clientId_idx" ON "ApiToken"("clientId");

-- CreateIndex
CREATE INDEX "ApiToken_oauthGrantId_idx" ON "ApiToken"("oauthGrantId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiTokenOnProject_apiTokenId_projectId_key" ON "ApiTokenOnProject"("apiTokenId", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_registrationAccessTokenHash_key" ON "OAuthClient"("registrationAccessTokenHash");

-- CreateIndex
CREATE INDEX "OAuthClient_createdByUserId_idx" ON "OAuthClient"("createdByUserId");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthAuthorizationCode_hashedCode_key" ON "OAuthAuthorizationCode"("hashedCode");

-- CreateIndex
CREATE INDEX "OAuthAuthorizationCode_clientId_idx" ON "OAuthAuthorizationCode"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthGrant_hashedRefreshToken_key" ON "OAuthGrant"("hashedRefreshToken");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthGrant_previousHashedRefreshToken_key" ON "OAuthGrant"("previousHashedRefreshToken");

-- CreateIndex
CREATE INDEX "OAuthGrant_userId_clientId_idx" ON "OAuthGrant"("userId", "clientId");

-- CreateIndex
CREATE INDEX "OAuthGrant_clientId_idx" ON "OAuthGrant"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Content_publishedVersionId_key" ON "Content"("publishedVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Content_editedVersionId_key" ON "Content"("editedVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentOnEnvironment_environmentId_contentId_key" ON "ContentOnEnvironment"("environmentId", "contentId");

-- CreateIndex
CREATE INDEX "ContentPublishRecord_contentId_createdAt_idx" ON "ContentPublishRecord"("contentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Version_contentId_sequence_key" ON "Version"("contentId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Step_versionId_cvid_key" ON "Step"("versionId", "cvid");

-- CreateIndex
CREATE UNIQUE INDEX "Step_versionId_sequence_key" ON "Step"("versionId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Localization_projectId_code_key" ON "Localization"("projectId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "VersionOnLocalization_versionId_localizationId_key" ON "VersionOnLocalization"("versionId", "localizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attribute_projectId_bizType_codeName_key" ON "Attribute"("projectId", "bizType", "codeName");

-- CreateIndex
CREATE INDEX "BizUser_externalId_idx" ON "BizUser"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "BizUser_environmentId_externalId_key" ON "BizUser"("environmentId", "externalId");

-- CreateIndex
CREATE INDEX "BizUserOnCompany_bizUserId_idx" ON "BizUserOnCompany"("bizUserId");

-- CreateIndex
CREATE UNIQUE INDEX "BizUserOnCompany_bizCompanyId_bizUserId_key" ON "BizUserOnCompany"("bizCompanyId", "bizUserId");

-- CreateIndex
CREATE INDEX "BizCompany_externalId_idx" ON "BizCompany"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "BizCompany_environmentId_externalId_key" ON "BizCompany"("environmentId", "externalId");

-- CreateIndex
CREATE INDEX "BizUserOnSegment_bizUserId_idx" ON "BizUserOnSegment"("bizUserId");

-- CreateIndex
CREATE UNIQUE INDEX "BizUserOnSegment_segmentId_bizUserId_key" ON "BizUserOnSegment"("segmentId", "bizUserId");

-- CreateIndex
CREATE INDEX "BizCompanyOnSegment_bizCompanyId_idx" ON "BizCompanyOnSegment"("bizCompanyId");

-- CreateIndex
CREATE UNIQUE INDEX "BizCompanyOnSegment_segmentId_bizCompanyId_key" ON "BizCompanyOnSegment"("segmentId", "bizCompanyId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_codeName_projectId_key" ON "Event"("codeName", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "AttributeOnEvent_eventId_attributeId_key" ON "AttributeOnEvent"("eventId", "attributeId");

-- CreateIndex
CREATE INDEX "BizSession_bizUserId_idx" ON "BizSession"("bizUserId");

-- CreateIndex
CREATE INDEX "BizSession_contentId_idx" ON "BizSession"("contentId");

-- CreateIndex
CREATE INDEX "BizEvent_bizUserId_idx" ON "BizEvent"("bizUserId");

-- CreateIndex
CREATE INDEX "BizEvent_bizSessionId_idx" ON "BizEvent"("bizSessionId");

-- CreateIndex
CREATE INDEX "BizEvent_bizCompanyId_idx" ON "BizEvent"("bizCompanyId");

-- CreateIndex
CREATE INDEX "BizEvent_contentId_idx" ON "BizEvent"("contentId");

-- CreateIndex
CREATE INDEX "BizAnnouncementSeen_contentId_idx" ON "BizAnnouncementSeen"("contentId");

-- CreateIndex
CREATE UNIQUE INDEX "BizAnnouncementSeen_bizUserId_contentId_key" ON "BizAnnouncementSeen"("bizUserId", "contentId");

-- CreateIndex
CREATE INDEX "BizAnswer_contentId_cvid_bizUserId_idx" ON "BizAnswer"("contentId", "cvid", "bizUserId");

-- CreateIndex
CREATE INDEX "BizAnswer_versionId_cvid_bizUserId_idx" ON "BizAnswer"("versionId", "cvid", "bizUserId");

-- CreateIndex
CREATE INDEX "BizAnswer_environmentId_contentId_cvid_bizUserId_idx" ON "BizAnswer"("environmentId", "contentId", "cvid", "bizUserId");

-- CreateIndex
CREATE UNIQUE INDEX "BizAnswer_bizSessionId_cvid_key" ON "BizAnswer"("bizSessionId", "cvid");

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_jti_key" ON "RefreshToken"("jti");

-- CreateIndex
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionPlan_planType_interval_key" ON "SubscriptionPlan"("planType", "interval");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_subscriptionId_key" ON "Subscription"("subscriptionId");

-- CreateIndex
CREATE INDEX "Subscription_projectId_idx" ON "Subscription"("projectId");

-- CreateIndex
CREATE INDEX "Subscription_status_cancelAt_idx" ON "Subscription"("status", "cancelAt");

-- CreateIndex
CREATE INDEX "CheckoutSession_sessionId_idx" ON "CheckoutSession"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_accessToken_key" ON "Integration"("accessToken");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_environmentId_provider_key" ON "Integration"("environmentId", "provider");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationOAuth_integrationId_key" ON "IntegrationOAuth"("integrationId");

-- CreateIndex
CREATE INDEX "IntegrationOAuth_integrationId_idx" ON "IntegrationOAuth"("integrationId");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationObjectMapping_integrationId_sourceObjectType_des_key" ON "IntegrationObjectMapping"("integrationId", "sourceObjectType", "destinationObjectType");

-- CreateIndex
CREATE INDEX "IntegrationLog_integrationId_status_idx" ON "IntegrationLog"("integrationId", "status");

-- CreateIndex
CREATE INDEX "Webhook_environmentId_idx" ON "Webhook"("environmentId");

-- CreateIndex
CREATE INDEX "OutboundMessage_webhookId_createdAt_idx" ON "OutboundMessage"("webhookId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_integrationId_createdAt_idx" ON "OutboundMessage"("integrationId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_createdAt_idx" ON "OutboundMessage"("createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_updatedAt_idx" ON "OutboundMessage"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "OutboundDelivery_messageId_createdAt_idx" ON "OutboundDelivery"("messageId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundDelivery_createdAt_idx" ON "OutboundDelivery"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_projectId_resourceType_resourceId_createdAt_idx" ON "AuditLog"("projectId", "resourceType", "resourceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_projectId_createdAt_idx" ON "AuditLog"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_projectId_source_createdAt_idx" ON "AuditLog"("projectId", "source", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorTokenId_createdAt_idx" ON "AuditLog"("actorTokenId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_createdAt_idx" ON "AuditLog"("actorUserId", "createdAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwoFactorRecoveryCode" ADD CONSTRAINT "TwoFactorRecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Code" ADD CONSTRAINT "Code_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSsoSettings" ADD CONSTRAINT "ProjectSsoSettings_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSSOIdentityProvider" ADD CONSTRAINT "ProjectSSOIdentityProvider_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserOnProject" ADD CONSTRAINT "UserOnProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserOnProject" ADD CONSTRAINT "UserOnProject_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Environment" ADD CONSTRAINT "Environment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnvironmentSigningSecret" ADD CONSTRAINT "EnvironmentSigningSecret_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessToken" ADD CONSTRAINT "AccessToken_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiTokenOnProject" ADD CONSTRAINT "ApiTokenOnProject_apiTokenId_fkey" FOREIGN KEY ("apiTokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiTokenOnProject" ADD CONSTRAINT "ApiTokenOnProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Content" ADD CONSTRAINT "Content_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Content" ADD CONSTRAINT "Content_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Content" ADD CONSTRAINT "Content_editedVersionId_fkey" FOREIGN KEY ("editedVersionId") REFERENCES "Version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Content" ADD CONSTRAINT "Content_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "Version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentOnEnvironment" ADD CONSTRAINT "ContentOnEnvironment_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentOnEnvironment" ADD CONSTRAINT "ContentOnEnvironment_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "Content"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentOnEnvironment" ADD CONSTRAINT "ContentOnEnvironment_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "Version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentPublishRecord" ADD CONSTRAINT "ContentPublishRecord_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "Content"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "Content"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Localization" ADD CONSTRAINT "Localization_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionOnLocalization" ADD CONSTRAINT "VersionOnLocalization_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionOnLocalization" ADD CONSTRAINT "VersionOnLocalization_localizationId_fkey" FOREIGN KEY ("localizationId") REFERENCES "Localization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attribute" ADD CONSTRAINT "Attribute_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizUser" ADD CONSTRAINT "BizUser_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizUser" ADD CONSTRAINT "BizUser_bizCompanyId_fkey" FOREIGN KEY ("bizCompanyId") REFERENCES "BizCompany"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizUserOnCompany" ADD CONSTRAINT "BizUserOnCompany_bizCompanyId_fkey" FOREIGN KEY ("bizCompanyId") REFERENCES "BizCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizUserOnCompany" ADD CONSTRAINT "BizUserOnCompany_bizUserId_fkey" FOREIGN KEY ("bizUserId") REFERENCES "BizUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizCompany" ADD CONSTRAINT "BizCompany_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizUserOnSegment" ADD CONSTRAINT "BizUserOnSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizUserOnSegment" ADD CONSTRAINT "BizUserOnSegment_bizUserId_fkey" FOREIGN KEY ("bizUserId") REFERENCES "BizUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizCompanyOnSegment" ADD CONSTRAINT "BizCompanyOnSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizCompanyOnSegment" ADD CONSTRAINT "BizCompanyOnSegment_bizCompanyId_fkey" FOREIGN KEY ("bizCompanyId") REFERENCES "BizCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeOnEvent" ADD CONSTRAINT "AttributeOnEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeOnEvent" ADD CONSTRAINT "AttributeOnEvent_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "Attribute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizSession" ADD CONSTRAINT "BizSession_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizSession" ADD CONSTRAINT "BizSession_bizUserId_fkey" FOREIGN KEY ("bizUserId") REFERENCES "BizUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizSession" ADD CONSTRAINT "BizSession_bizCompanyId_fkey" FOREIGN KEY ("bizCompanyId") REFERENCES "BizCompany"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizSession" ADD CONSTRAINT "BizSession_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "Content"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizSession" ADD CONSTRAINT "BizSession_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizEvent" ADD CONSTRAINT "BizEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizEvent" ADD CONSTRAINT "BizEvent_bizUserId_fkey" FOREIGN KEY ("bizUserId") REFERENCES "BizUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizEvent" ADD CONSTRAINT "BizEvent_bizSessionId_fkey" FOREIGN KEY ("bizSessionId") REFERENCES "BizSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizEvent" ADD CONSTRAINT "BizEvent_bizCompanyId_fkey" FOREIGN KEY ("bizCompanyId") REFERENCES "BizCompany"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BizAnnouncementSeen" ADD CONSTRAINT "BizAnnouncementSeen_bizUserId_fkey" FOREIGN KEY ("bizUserId") REFERENCES "BizUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationOAuth" ADD CONSTRAINT "IntegrationOAuth_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationObjectMapping" ADD CONSTRAINT "IntegrationObjectMapping_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationLog" ADD CONSTRAINT "IntegrationLog_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundDelivery" ADD CONSTRAINT "OutboundDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "OutboundMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

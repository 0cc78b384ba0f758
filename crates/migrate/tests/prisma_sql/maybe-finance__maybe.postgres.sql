-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AccountConnectionStatus" AS ENUM ('OK', 'ERROR', 'DISCONNECTED');

-- CreateEnum
CREATE TYPE "AccountSyncStatus" AS ENUM ('IDLE', 'PENDING', 'SYNCING');

-- CreateEnum
CREATE TYPE "AccountConnectionType" AS ENUM ('plaid', 'teller');

-- CreateEnum
CREATE TYPE "AccountType" AS ENUM ('INVESTMENT', 'DEPOSITORY', 'CREDIT', 'LOAN', 'PROPERTY', 'VEHICLE', 'OTHER_ASSET', 'OTHER_LIABILITY');

-- CreateEnum
CREATE TYPE "AccountCategory" AS ENUM ('cash', 'investment', 'crypto', 'property', 'vehicle', 'valuable', 'loan', 'credit', 'other');

-- CreateEnum
CREATE TYPE "AccountProvider" AS ENUM ('user', 'plaid', 'teller');

-- CreateEnum
CREATE TYPE "AccountBalanceStrategy" AS ENUM ('current', 'available', 'sum', 'difference');

-- CreateEnum
CREATE TYPE "AccountClassification" AS ENUM ('asset', 'liability');

-- CreateEnum
CREATE TYPE "InvestmentTransactionCategory" AS ENUM ('buy', 'sell', 'dividend', 'transfer', 'tax', 'fee', 'cancel', 'other');

-- CreateEnum
CREATE TYPE "SecurityProvider" AS ENUM ('polygon', 'other');

-- CreateEnum
CREATE TYPE "AssetClass" AS ENUM ('cash', 'crypto', 'fixed_income', 'options', 'stocks', 'other');

-- CreateEnum
CREATE TYPE "TransactionFlow" AS ENUM ('INFLOW', 'OUTFLOW');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('INCOME', 'EXPENSE', 'PAYMENT', 'TRANSFER');

-- CreateEnum
CREATE TYPE "Household" AS ENUM ('single', 'singleWithDependents', 'dual', 'dualWithDependents', 'retired');

-- CreateEnum
CREATE TYPE "MaybeGoal" AS ENUM ('aggregate', 'advice', 'plan');

-- CreateEnum
CREATE TYPE "TaxStatus" AS ENUM ('single', 'married_joint', 'married_separate', 'head_of_household', 'qualifying_widow');

-- CreateEnum
CREATE TYPE "Provider" AS ENUM ('PLAID', 'TELLER');

-- CreateEnum
CREATE TYPE "PlanEventFrequency" AS ENUM ('monthly', 'yearly');

-- CreateEnum
CREATE TYPE "PlanMilestoneType" AS ENUM ('year', 'net_worth');

-- CreateEnum
CREATE TYPE "AuthUserRole" AS ENUM ('user', 'admin', 'ci');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('pending', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "AuditEventType" AS ENUM ('insert', 'update', 'delete');

-- CreateTable
CREATE TABLE "account_balance" (
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "balance" DECIMAL(19,4) NOT NULL,
    "inflows" DECIMAL(19,4) DEFAULT 0,
    "outflows" DECIMAL(19,4) DEFAULT 0,

    CONSTRAINT "account_balance_pkey" PRIMARY KEY ("account_id","date")
);

-- CreateTable
CREATE TABLE "account_connection" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AccountConnectionType" NOT NULL,
    "status" "AccountConnectionStatus" NOT NULL DEFAULT 'OK',
    "sync_status" "AccountSyncStatus" NOT NULL DEFAULT 'IDLE',
    "plaid_item_id" TEXT,
    "plaid_institution_id" TEXT,
    "plaid_access_token" TEXT,
    "plaid_consent_expiration" TIMESTAMP(3),
    "plaid_error" JSONB,
    "plaid_new_accounts_available" BOOLEAN NOT NULL DEFAULT false,
    "teller_access_token" TEXT,
    "teller_enrollment_id" TEXT,
    "teller_institution_id" TEXT,
    "teller_error" JSONB,

    CONSTRAINT "account_connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "start_date" DATE,
    "type" "AccountType" NOT NULL,
    "provider" "AccountProvider" NOT NULL,
    "classification" "AccountClassification" NOT NULL DEFAULT 
CASE
    WHEN (type = ANY (ARRAY['INVESTMENT'::"AccountType", 'DEPOSITORY'::"AccountType", 'PROPERTY'::"AccountType", 'VEHICLE'::"AccountType", 'OTHER_ASSET'::"AccountType"])) THEN 'asset'::"AccountClassification"
    WHEN (type = ANY (ARRAY['CREDIT'::"AccountType", 'LOAN'::"AccountType", 'OTHER_LIABILITY'::"AccountType"])) THEN 'liability'::"AccountClassification"
    ELSE NULL::"AccountClassification"
END,
    "category" "AccountCategory" NOT NULL DEFAULT COALESCE(category_user, category_provider, 'other'::"AccountCategory"),
    "category_provider" "AccountCategory",
    "category_user" "AccountCategory",
    "subcategory" TEXT NOT NULL,
    "subcategory_provider" TEXT,
    "subcategory_user" TEXT,
    "account_connection_id" INTEGER,
    "user_id" INTEGER,
    "name" TEXT NOT NULL,
    "mask" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "sync_status" "AccountSyncStatus" NOT NULL DEFAULT 'IDLE',
    "currency_code" TEXT NOT NULL DEFAULT 'USD',
    "current_balance" DECIMAL(19,4),
    "current_balance_provider" DECIMAL(19,4),
    "current_balance_strategy" "AccountBalanceStrategy" NOT NULL DEFAULT 'current',
    "available_balance" DECIMAL(19,4),
    "available_balance_provider" DECIMAL(19,4),
    "available_balance_strategy" "AccountBalanceStrategy" NOT NULL DEFAULT 'available',
    "plaid_account_id" TEXT,
    "plaid_type" TEXT,
    "plaid_subtype" TEXT,
    "plaid_liability" JSONB,
    "teller_account_id" TEXT,
    "teller_type" TEXT,
    "teller_subtype" TEXT,
    "vehicle_meta" JSONB,
    "property_meta" JSONB,
    "loan" JSONB,
    "loan_user" JSONB,
    "loan_provider" JSONB,
    "credit" JSONB,
    "credit_user" JSONB,
    "credit_provider" JSONB,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holding" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_id" INTEGER NOT NULL,
    "security_id" INTEGER NOT NULL,
    "value" DECIMAL(19,4) NOT NULL,
    "quantity" DECIMAL(36,18) NOT NULL,
    "cost_basis" DECIMAL(23,8),
    "cost_basis_provider" DECIMAL(23,8),
    "cost_basis_user" DECIMAL(23,8),
    "currency_code" TEXT NOT NULL DEFAULT 'USD',
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "plaid_holding_id" TEXT,

    CONSTRAINT "holding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "investment_transaction" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_id" INTEGER NOT NULL,
    "security_id" INTEGER,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(19,4) NOT NULL,
    "fees" DECIMAL(19,4),
    "flow" "TransactionFlow" NOT NULL DEFAULT 
CASE
    WHEN (amount < (0)::numeric) THEN 'INFLOW'::"TransactionFlow"
    ELSE 'OUTFLOW'::"TransactionFlow"
END,
    "quantity" DECIMAL(36,18) NOT NULL,
    "price" DECIMAL(23,8) NOT NULL,
    "currency_code" TEXT NOT NULL DEFAULT 'USD',
    "category" "InvestmentTransactionCategory" NOT NULL DEFAULT 'other',
    "plaid_investment_transaction_id" TEXT,
    "plaid_type" TEXT,
    "plaid_subtype" TEXT,

    CONSTRAINT "investment_transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT,
    "symbol" TEXT,
    "cusip" TEXT,
    "isin" TEXT,
    "shares_per_contract" DECIMAL(36,18),
    "currency_code" TEXT NOT NULL DEFAULT 'USD',
    "pricing_last_synced_at" TIMESTAMPTZ(6),
    "is_brokerage_cash" BOOLEAN NOT NULL DEFAULT false,
    "exchange_acronym" TEXT,
    "exchange_mic" TEXT,
    "exchange_name" TEXT,
    "provider_name" "SecurityProvider" DEFAULT 'other',
    "asset_class" "AssetClass" NOT NULL DEFAULT 'other',
    "plaid_security_id" TEXT,
    "plaid_type" TEXT,
    "plaid_is_cash_equivalent" BOOLEAN,

    CONSTRAINT "security_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_pricing" (
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "security_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "price_close" DECIMAL(23,8) NOT NULL,
    "price_as_of" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT,

    CONSTRAINT "security_pricing_pkey" PRIMARY KEY ("security_id","date")
);

-- CreateTable
CREATE TABLE "transaction" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "flow" "TransactionFlow" NOT NULL DEFAULT 
CASE
    WHEN (amount < (0)::numeric) THEN 'INFLOW'::"TransactionFlow"
    ELSE 'OUTFLOW'::"TransactionFlow"
END,
    "type_user" "TransactionType",
    "name" TEXT NOT NULL,
    "amount" DECIMAL(19,4) NOT NULL,
    "currency_code" TEXT NOT NULL DEFAULT 'USD',
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "merchant_name" TEXT,
    "category" TEXT NOT NULL DEFAULT 'Other',
    "category_user" TEXT,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "match_id" INTEGER,
    "plaid_transaction_id" TEXT,
    "plaid_category" TEXT[],
    "plaid_category_id" TEXT,
    "plaid_personal_finance_category" JSONB,
    "teller_transaction_id" TEXT,
    "teller_type" TEXT,
    "teller_category" TEXT,

    CONSTRAINT "transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "valuation" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "amount" DECIMAL(19,4) NOT NULL,
    "date" DATE NOT NULL,
    "currency_code" TEXT NOT NULL DEFAULT 'USD',

    CONSTRAINT "valuation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "auth_id" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "first_name" TEXT,
    "last_name" TEXT,
    "name" TEXT,
    "dob" DATE,
    "picture" TEXT,
    "onboarding" JSONB,
    "link_account_dismissed_at" TIMESTAMPTZ(6),
    "iso_currency_code" TEXT NOT NULL DEFAULT 'USD',
    "monthly_income_user" DECIMAL(19,4),
    "monthly_expenses_user" DECIMAL(19,4),
    "monthly_debt_user" DECIMAL(19,4),
    "trial_end" TIMESTAMPTZ(6) DEFAULT (now() + '14 days'::interval),
    "trial_reminder_sent" TIMESTAMPTZ(6),
    "stripe_customer_id" TEXT,
    "stripe_subscription_id" TEXT,
    "stripe_price_id" TEXT,
    "stripe_current_period_end" TIMESTAMPTZ(6),
    "stripe_cancel_at" TIMESTAMPTZ(6),
    "plaid_link_token" TEXT,
    "teller_user_id" TEXT,
    "household" "Household",
    "state" TEXT,
    "country" TEXT,
    "maybe_goals" "MaybeGoal"[],
    "maybe_goals_description" TEXT,
    "maybe" TEXT,
    "title" TEXT,
    "dependents" INTEGER,
    "gross_income" INTEGER,
    "income_type" TEXT,
    "tax_status" "TaxStatus",
    "member_number" SERIAL NOT NULL,
    "member_id" TEXT NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institution" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "logo" TEXT,
    "logo_url" TEXT,
    "primary_color" TEXT,

    CONSTRAINT "institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_institution" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "provider" "Provider" NOT NULL,
    "provider_id" TEXT NOT NULL,
    "institution_id" INTEGER,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "oauth" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "logo" TEXT,
    "logo_url" TEXT,
    "primary_color" TEXT,
    "data" JSONB,

    CONSTRAINT "provider_institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "life_expectancy" INTEGER NOT NULL DEFAULT 85,

    CONSTRAINT "plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_event" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT,
    "start_year" INTEGER,
    "start_milestone_id" INTEGER,
    "end_year" INTEGER,
    "end_milestone_id" INTEGER,
    "frequency" "PlanEventFrequency" NOT NULL DEFAULT 'yearly',
    "initial_value" DECIMAL(19,4),
    "initial_value_ref" TEXT,
    "rate" DECIMAL(6,4) NOT NULL DEFAULT 0,

    CONSTRAINT "plan_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_milestone" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT 'retirement',
    "type" "PlanMilestoneType" NOT NULL,
    "year" INTEGER,
    "expense_multiple" DOUBLE PRECISION,
    "expense_years" INTEGER,

    CONSTRAINT "plan_milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_account" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "auth_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_user" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "email" TEXT,
    "email_verified" TIMESTAMP(3),
    "password" TEXT,
    "image" TEXT,
    "role" "AuthUserRole" NOT NULL DEFAULT 'user',

    CONSTRAINT "auth_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_session" (
    "id" TEXT NOT NULL,
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "AuditEventType" NOT NULL,
    "model_type" TEXT NOT NULL,
    "model_id" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "user_id" INTEGER,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "account_balance_date_idx" ON "account_balance"("date");

-- CreateIndex
CREATE UNIQUE INDEX "account_connection_plaid_item_id_key" ON "account_connection"("plaid_item_id");

-- CreateIndex
CREATE INDEX "account_connection_user_id_idx" ON "account_connection"("user_id");

-- CreateIndex
CREATE INDEX "account_account_connection_id_idx" ON "account"("account_connection_id");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "account_account_connection_id_plaid_account_id_key" ON "account"("account_connection_id", "plaid_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "account_account_connection_id_teller_account_id_key" ON "account"("account_connection_id", "teller_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "holding_plaid_holding_id_key" ON "holding"("plaid_holding_id");

-- CreateIndex
CREATE UNIQUE INDEX "investment_transaction_plaid_investment_transaction_id_key" ON "investment_transaction"("plaid_investment_transaction_id");

-- CreateIndex
CREATE INDEX "investment_transaction_account_id_date_idx" ON "investment_transaction"("account_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "security_plaid_security_id_key" ON "security"("plaid_security_id");

-- CreateIndex
CREATE UNIQUE INDEX "security_symbol_exchange_mic_key" ON "security"("symbol", "exchange_mic");

-- CreateIndex
CREATE INDEX "security_pricing_date_idx" ON "security_pricing"("date");

-- CreateIndex
CREATE UNIQUE INDEX "transaction_plaid_transaction_id_key" ON "transaction"("plaid_transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "transaction_teller_transaction_id_key" ON "transaction"("teller_transaction_id");

-- CreateIndex
CREATE INDEX "transaction_account_id_date_idx" ON "transaction"("account_id", "date");

-- CreateIndex
CREATE INDEX "transaction_amount_idx" ON "transaction"("amount");

-- CreateIndex
CREATE INDEX "valuation_account_id_date_idx" ON "valuation"("account_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "valuation_account_id_source_date_key" ON "valuation"("account_id", "source", "date");

-- CreateIndex
CREATE UNIQUE INDEX "user_auth_id_key" ON "user"("auth_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_stripe_customer_id_key" ON "user"("stripe_customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_stripe_subscription_id_key" ON "user"("stripe_subscription_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_teller_user_id_key" ON "user"("teller_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_member_number_key" ON "user"("member_number");

-- CreateIndex
CREATE UNIQUE INDEX "user_member_id_key" ON "user"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "institution_name_url_key" ON "institution"("name", "url");

-- CreateIndex
CREATE UNIQUE INDEX "provider_institution_provider_provider_id_key" ON "provider_institution"("provider", "provider_id");

-- CreateIndex
CREATE UNIQUE INDEX "auth_account_provider_provider_account_id_key" ON "auth_account"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "auth_user_email_key" ON "auth_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "auth_session_session_token_key" ON "auth_session"("session_token");

-- CreateIndex
CREATE UNIQUE INDEX "auth_verification_token_token_key" ON "auth_verification_token"("token");

-- CreateIndex
CREATE UNIQUE INDEX "auth_verification_token_identifier_token_key" ON "auth_verification_token"("identifier", "token");

-- AddForeignKey
ALTER TABLE "account_balance" ADD CONSTRAINT "account_balance_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_connection" ADD CONSTRAINT "account_connection_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_account_connection_id_fkey" FOREIGN KEY ("account_connection_id") REFERENCES "account_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "holding" ADD CONSTRAINT "holding_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "holding" ADD CONSTRAINT "holding_security_id_fkey" FOREIGN KEY ("security_id") REFERENCES "security"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investment_transaction" ADD CONSTRAINT "investment_transaction_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investment_transaction" ADD CONSTRAINT "investment_transaction_security_id_fkey" FOREIGN KEY ("security_id") REFERENCES "security"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_pricing" ADD CONSTRAINT "security_pricing_security_id_fkey" FOREIGN KEY ("security_id") REFERENCES "security"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transaction" ADD CONSTRAINT "transaction_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transaction" ADD CONSTRAINT "transaction_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "transaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "valuation" ADD CONSTRAINT "valuation_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_institution" ADD CONSTRAINT "provider_institution_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan" ADD CONSTRAINT "plan_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_start_milestone_id_fkey" FOREIGN KEY ("start_milestone_id") REFERENCES "plan_milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_end_milestone_id_fkey" FOREIGN KEY ("end_milestone_id") REFERENCES "plan_milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_milestone" ADD CONSTRAINT "plan_milestone_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_account" ADD CONSTRAINT "auth_account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../compose/app-context';
import { accountOptionsRoutes } from './account-options';
import { accountRecoveryRoutes } from './account-recovery';
import { accountRoutes } from './account';
import { adminRoutes } from './admin';
import { adminMigrationRoutes } from './admin-migration';
import { adminGovernanceRoutes } from './admin-governance';
import { authenticatorAppRoutes } from './authenticator-apps';
import { phoneNumberRoutes } from './phone-numbers';
import { recoveryCodeRoutes } from './recovery-codes';
import { securityKeyRoutes } from './security-keys';
import { deviceRoutes } from './devices';
import { helpPageRoutes } from './help-pages';
import { passwordResetRoutes } from './password-reset';
import { registrationRoutes } from './registration';
import { staticPageRoutes } from './static-pages';

/** The portal's account, device and static pages, each group with its own context. */
export function registerPages(
  portal: FastifyInstance,
  ctx: Pick<AppContext, 'account' | 'devicePages' | 'staticPages' | 'credentials' | 'admin'>,
): void {
  registrationRoutes(portal, ctx.account);
  passwordResetRoutes(portal, ctx.account);
  accountRoutes(portal, ctx.account);
  accountOptionsRoutes(portal, ctx.account);
  deviceRoutes(portal, ctx.devicePages);
  authenticatorAppRoutes(portal, ctx.credentials);
  securityKeyRoutes(portal, ctx.credentials);
  recoveryCodeRoutes(portal, ctx.credentials);
  phoneNumberRoutes(portal, ctx.credentials);
  accountRecoveryRoutes(portal, ctx.account);
  staticPageRoutes(portal, ctx.staticPages);
  helpPageRoutes(portal);
  adminRoutes(portal, ctx.admin);
  adminMigrationRoutes(portal, ctx.admin);
  adminGovernanceRoutes(portal, ctx.admin);
}

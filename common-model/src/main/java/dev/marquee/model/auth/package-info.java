/** Records of the identity API: login, staff accounts and their roles, and the audit log. */
package dev.marquee.model.auth;

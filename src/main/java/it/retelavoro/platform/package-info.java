/**
 * Technical foundation shared by every module and depending on none of them: the embedded PostgreSQL of
 * the default installation, security, the page shell and error handling.
 */
package it.retelavoro.platform;

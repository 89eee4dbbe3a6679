/**
 * Chat: the group conversation of an application (client and expert), its timeline of
 * messages and system events ordered by a dense per-conversation sequence number, read
 * pointers and unread counts.
 */
@NullMarked
@ApplicationModule(displayName = "Chat",
		allowedDependencies = { "common", "accounts", "moderation", "screening", "web" })
package com.cadhire.chat;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

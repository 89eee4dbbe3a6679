/**
 * Cross-cutting web concerns: problem documents for every API error, request size limits,
 * the shared page layout.
 */
@NullMarked
@ApplicationModule(displayName = "Web")
package com.cadhire.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

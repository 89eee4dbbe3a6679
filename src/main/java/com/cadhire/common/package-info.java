/**
 * The shared kernel: problem exceptions, keyset pagination and small value types that
 * every feature module uses.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Common")
package com.cadhire.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

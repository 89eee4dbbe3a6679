/**
 * CadHire: the application class and the configuration that spans modules (schedulers,
 * durable commits on H2). Each sub-package is an application module.
 */
@NullMarked
package com.cadhire;

import org.jspecify.annotations.NullMarked;

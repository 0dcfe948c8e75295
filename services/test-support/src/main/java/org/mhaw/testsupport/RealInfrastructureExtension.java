package org.mhaw.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared infrastructure (once per test JVM) before the first test class that
 * needs it.
 */
class RealInfrastructureExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		TestInfrastructure.get();
	}

}

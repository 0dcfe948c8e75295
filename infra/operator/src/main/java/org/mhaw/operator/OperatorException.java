package org.mhaw.operator;

/** Something the operator can fix; its message says what. */
class OperatorException extends RuntimeException {

	OperatorException(String message) {
		super(message);
	}

}

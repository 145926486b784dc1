package it.retelavoro.interop.co;

/**
 * A document read well that the intake cannot apply (a rectification or cancellation of a communication never
 * received, or already cancelled): nothing of it is applied and it goes to the list of refused documents with the
 * Italian message.
 */
class CoRefusal extends RuntimeException {

    CoRefusal(String message) {
        super(message);
    }
}

package it.retelavoro.reference;

/** One entry of a vocabulary: the code records and API clients use, and its label for people. */
public record VocabularyEntry(String code, String label) {
}

/** Closed vocabularies as enums ({@link io.integra.core.vocabulary.Term}): one spelling per constant. */
package io.integra.core.vocabulary;

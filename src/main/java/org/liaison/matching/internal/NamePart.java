package org.liaison.matching.internal;

/** One syllable of a name: a Han character, or a Latin syllable (Vietnamese or pinyin). */
sealed interface NamePart {

    /** As written in the record, for explanations. */
    String written();

    /** How much the part says about who someone is: the Vietnamese middle names Thị / Văn (氏) say little. */
    double weight();

    record Han(String written, int simplified, boolean surnamePosition) implements NamePart {
        @Override
        public double weight() {
            return simplified == '氏' ? 0.5 : 1.0;
        }
    }

    record Latin(String written, String plain, String exact, boolean marked) implements NamePart {
        static Latin of(String written, String exact) {
            String plain = LatinSpelling.plain(written);
            return new Latin(written, plain, exact, !exact.equals(plain));
        }

        @Override
        public double weight() {
            return plain.equals("thi") || plain.equals("van") ? 0.5 : 1.0;
        }
    }
}

package org.liaison.persons;

/** The writing system a name is recorded in. */
public enum NameScript {
    /** Vietnamese with its diacritics: {@code Hoàng Thị Mai}. */
    VIETNAMESE,
    /** Latin letters without diacritics, as on many documents: {@code HOANG THI MAI}. */
    LATIN,
    /** Chinese characters, simplified or traditional: {@code 黄氏梅}. */
    HAN,
    /** Hanyu pinyin, with or without tone marks: {@code Huáng Shìméi}. */
    PINYIN
}

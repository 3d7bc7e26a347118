package org.liaison.persons.internal;

/** A wanted notice's photo; {@code contentType} is what its bytes were checked to be. */
public record NoticePhoto(String contentType, byte[] bytes) {
}

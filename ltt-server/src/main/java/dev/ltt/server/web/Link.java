package dev.ltt.server.web;

/** A link: where it goes and its text. */
public record Link(String href, String text) {}

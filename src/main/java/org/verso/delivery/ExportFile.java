package org.verso.delivery;

/** A finished file to download. */
public record ExportFile(String fileName, String mediaType, byte[] content) {
}

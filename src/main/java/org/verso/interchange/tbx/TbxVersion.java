package org.verso.interchange.tbx;

/** The two generations of TBX a file can be, told apart by its root element. */
public enum TbxVersion {
    /** TBX v3, ISO 30042:2019: {@code <tbx xmlns="urn:iso:std:iso:30042:ed-2">}, {@code <conceptEntry>}. */
    V3,
    /** TBX 2008 (v2), ISO 30042:2008: {@code <martif type="TBX">}, {@code <termEntry>}, no namespace. */
    V2
}

package org.corroborate.extract.quote;

/**
 * An attribution before speaker resolution: content in chars, source and cue as token indexes (-1: none).
 * {@code carried} is the attribution whose speaker a cue-less quotation inherits.
 */
record Found(int contentStart, int contentEnd, int srcStart, int srcEnd, int cue, String kind,
        boolean belief, Found carried, int anchor) {
    Found withEnd(int end) {
        return new Found(contentStart, end, srcStart, srcEnd, cue, kind, belief, carried, anchor);
    }
}

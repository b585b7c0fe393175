// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string_view>

// The words AttributeReader knows, in English and Indonesian (and a few Portuguese and Spanish),
// folded to ASCII lower case: platforms, kinds, countries, quality words, refill words, units.
// Two-word phrases are keyed "first second" ("no drop", "jam tayang").
class Vocabulary
{
public:
    // What a word means to the reader. Most words mean one thing; a few carry a unit or a flag.
    struct Word {
        enum Flag : unsigned {
            RefillWord = 1 << 0, // refill, garansi, guarantee, ♻️
            Negation = 1 << 1,   // no, tanpa, non
            Lifetime = 1 << 2,   // lifetime, permanen
            NoRefill = 1 << 3,   // nonrefill, norefill
            Bracketed = 1 << 4,  // means something only as a tag: "[ID]", "(US)"
            Start = 1 << 5,      // start, mulai
            Instant = 1 << 6,    // instant, instan
            Speed = 1 << 7,      // speed, kecepatan
            Per = 1 << 8,        // per
            Live = 1 << 9,       // live, livestream
            Story = 1 << 10,     // story, stories
            Comment = 1 << 11,   // comment before likes: comment likes
            Page = 1 << 12,      // page, fanpage: page likes
            Max = 1 << 13,       // max, maks
            Min = 1 << 14,       // min (when a number follows)
            Thousand = 1 << 15,  // k, rb, ribu: a multiplier written apart from its number
            Million = 1 << 16,   // m, jt, juta
        };
        const char *platform = nullptr;
        const char *kind = nullptr;
        const char *audience = nullptr;
        const char *quality = nullptr;
        unsigned flags = 0;
        int unitMinutes = 0; // a time unit: minutes in one
        int unitDays = 0;    // a time unit of refill lengths: days in one
        // The same names as shared strings, so that a read copies them without allocating.
        QString platformText;
        QString kindText;
        QString audienceText;
        QString qualityText;
    };

    // The word's meaning; null for a word the reader does not know.
    static const Word *lookup(std::string_view text);
};

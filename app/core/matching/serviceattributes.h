// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What a service is, read from its text by AttributeReader: the platform, what it delivers, to
// whom, how long the panel refills drops, how fast, and the words it uses about its quality.
// Text fields are fixed lower-case English words so they compare and group; label() and
// descriptions() are what a person reads.
struct ServiceAttributes {
    Q_DECLARE_TR_FUNCTIONS(ServiceAttributes)

public:
    enum class Refill {
        Unknown,  // the text does not say
        None,     // "No Refill", "tanpa garansi"
        Days,     // refillDays days ("R30", "garansi 30 hari"); 0 days: refilled, length not said
        Lifetime, // "Lifetime", "permanen"
    };

    QString platform; // "instagram", "tiktok", "youtube", ...; empty when unknown
    QString kind;     // "followers", "likes", "views", "story views", ...; empty when unknown
    QString audience; // ISO 3166 code ("ID", "US"), "WW" for worldwide; empty when unknown
    Refill refill = Refill::Unknown;
    int refillDays = 0;
    qint64 speedPerDay = 0; // units a day; 0 when unknown
    // Minutes until the order starts (the upper end of "0-1 hour"), 0 for "Instant"; -1 unknown.
    int startMinutes = -1;
    QString startText;   // the start as the text wrote it, folded: "0-1 hour", "instant"
    QStringList quality; // "real", "hq", "bot", "mixed", "active", "non-drop", ... in order
    qint64 min = 0;
    qint64 max = 0;

    // Platform and kind are known: the service can be grouped with others.
    bool isComplete() const { return !platform.isEmpty() && !kind.isEmpty(); }
    // "none", "30d", "lifetime", "refill" (length not said) or "unknown".
    QString refillClass() const;
    // platform|kind|audience|refill class, e.g. "instagram|likes|ID|30d"; an unknown audience
    // counts as worldwide, an unknown refill as none. Empty when !isComplete(). Stored with the
    // user's regrouping and printed by the command line, so it stays the same across versions.
    QString groupKey() const;
    // "Instagram likes · Indonesia · refill 30 days"
    QString label() const;
    // One translated line per known attribute, for the notes pane.
    QStringList descriptions() const;
    // "Start: within …" in the largest whole unit: minutes under an hour (or not whole hours),
    // hours under two days (or not whole days), days otherwise.
    static QString startWithin(int minutes);

    static QString platformName(const QString &platform);
    static QString audienceName(const QString &audience);
    static QString kindName(const QString &kind);
    static QString refillName(Refill refill, int days);

    friend bool operator==(const ServiceAttributes &, const ServiceAttributes &) = default;
};

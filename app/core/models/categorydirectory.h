// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Every category name the app knows, from the panel's catalog, the user's history and the
// starter list, with service counts and platform groups. Maps what the user typed to the exact
// name the panel expects: names are sent byte for byte, never trimmed or folded.
class CategoryDirectory
{
    Q_DECLARE_TR_FUNCTIONS(CategoryDirectory)

public:
    struct Platform {
        QString prefix; // "[YT]", or "[-]" for everything else
        QString title;  // "YouTube"
        QStringList categories;
        int serviceCount = 0; // of all its categories, as serviceCount() counts one
    };

    void setCatalog(const ServiceList &services);
    void setExtraNames(const QStringList &names); // history and starter list
    QStringList names() const;                    // catalog first, then the extra names
    int serviceCount(const QString &category) const { return m_counts.value(category); }
    bool hasCatalog() const { return !m_counts.isEmpty(); }
    // The `count` catalog categories with the most services, largest first.
    QStringList largest(int count) const;

    // The known name that `typed` means, ignoring case and runs of spaces, or `typed` itself.
    QString resolve(const QString &typed) const;

    QList<Platform> platforms() const;
    static QString platformPrefix(const QString &category);
    static QString platformTitle(const QString &prefix);

private:
    static QString matchKey(const QString &name);

    QStringList m_catalogNames;
    QStringList m_extraNames;
    QHash<QString, int> m_counts;
};

// SPDX-License-Identifier: MIT
#include "categorydirectory.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace {

struct KnownPlatform {
    const char *prefix;
    const char *title;
};

constexpr std::array<KnownPlatform, 12> KnownPlatforms = {{
    {"[YT]", QT_TRANSLATE_NOOP("CategoryDirectory", "YouTube")},
    {"[IG]", QT_TRANSLATE_NOOP("CategoryDirectory", "Instagram")},
    {"[TK]", QT_TRANSLATE_NOOP("CategoryDirectory", "TikTok")},
    {"[TT]", QT_TRANSLATE_NOOP("CategoryDirectory", "TikTok")},
    {"[FB]", QT_TRANSLATE_NOOP("CategoryDirectory", "Facebook")},
    {"[TE]", QT_TRANSLATE_NOOP("CategoryDirectory", "Telegram")},
    {"[TG]", QT_TRANSLATE_NOOP("CategoryDirectory", "Telegram")},
    {"[TW]", QT_TRANSLATE_NOOP("CategoryDirectory", "Twitter / X")},
    {"[SY]", QT_TRANSLATE_NOOP("CategoryDirectory", "Spotify")},
    {"[SP]", QT_TRANSLATE_NOOP("CategoryDirectory", "Spotify")},
    {"[WT]", QT_TRANSLATE_NOOP("CategoryDirectory", "Website traffic")},
    {"[SH]", QT_TRANSLATE_NOOP("CategoryDirectory", "Shopee")},
}};

const QString OtherPrefix = QStringLiteral("[-]");

} // namespace

void CategoryDirectory::setCatalog(const ServiceList &services)
{
    m_counts.clear();
    m_catalogNames.clear();
    // The parser shares a category's text among its services: they are counted by the text's
    // address, which is cheaper to look up than the text, and the texts are counted after.
    struct Counted {
        QString text;
        int count = 0;
    };
    std::vector<Counted> counted; // in the order first seen
    QHash<const QChar *, size_t> countedAt;
    const QChar *last = nullptr;
    size_t lastAt = 0;
    for (const Service &service : services) {
        if (service.category.isEmpty())
            continue;
        const QChar *address = service.category.constData();
        if (address != last) {
            auto found = countedAt.constFind(address);
            if (found == countedAt.cend()) {
                found = countedAt.insert(address, counted.size());
                counted.push_back({service.category, 0});
            }
            last = address;
            lastAt = *found;
        }
        ++counted[lastAt].count;
    }
    for (const Counted &category : counted) {
        int &count = m_counts[category.text];
        if (count == 0)
            m_catalogNames.append(category.text);
        count += category.count;
    }
}

QStringList CategoryDirectory::largest(int count) const
{
    QStringList names = m_catalogNames;
    // Stable, so equal counts keep the catalog's order.
    std::stable_sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        return m_counts.value(a) > m_counts.value(b);
    });
    return names.mid(0, count);
}

void CategoryDirectory::setExtraNames(const QStringList &names)
{
    m_extraNames = names;
}

QStringList CategoryDirectory::names() const
{
    QStringList all = m_catalogNames;
    QSet<QString> seen(m_catalogNames.cbegin(), m_catalogNames.cend());
    for (const QString &name : m_extraNames) {
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            all.append(name);
        }
    }
    return all;
}

QString CategoryDirectory::matchKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString CategoryDirectory::resolve(const QString &typed) const
{
    const QStringList known = names();
    if (known.contains(typed))
        return typed;
    const QString key = matchKey(typed);
    for (const QString &name : known) {
        if (matchKey(name) == key)
            return name;
    }
    return typed;
}

QString CategoryDirectory::platformPrefix(const QString &category)
{
    const QString start = category.trimmed();
    if (start.startsWith(u'[')) {
        const qsizetype end = start.indexOf(u']');
        if (end > 0 && end <= 5) {
            const QString prefix = start.left(end + 1).toUpper();
            for (const KnownPlatform &platform : KnownPlatforms) {
                if (prefix == QLatin1String(platform.prefix))
                    return prefix;
            }
        }
    }
    return OtherPrefix;
}

QString CategoryDirectory::platformTitle(const QString &prefix)
{
    for (const KnownPlatform &platform : KnownPlatforms) {
        if (prefix == QLatin1String(platform.prefix))
            return tr(platform.title);
    }
    return tr("Other");
}

QList<CategoryDirectory::Platform> CategoryDirectory::platforms() const
{
    QList<Platform> groups;
    QHash<QString, qsizetype> groupOf;
    const QStringList source = hasCatalog() ? m_catalogNames : names();
    for (const QString &name : source) {
        const QString prefix = platformPrefix(name);
        auto found = groupOf.constFind(prefix);
        if (found == groupOf.cend()) {
            found = groupOf.insert(prefix, groups.size());
            groups.append({prefix, platformTitle(prefix), {}});
        }
        groups[*found].categories.append(name);
        groups[*found].serviceCount += serviceCount(name);
    }
    // Known platforms in their usual order, "other" last.
    std::stable_sort(groups.begin(), groups.end(), [](const Platform &a, const Platform &b) {
        const auto rank = [](const QString &prefix) {
            for (size_t i = 0; i < KnownPlatforms.size(); ++i) {
                if (prefix == QLatin1String(KnownPlatforms[i].prefix))
                    return int(i);
            }
            return int(KnownPlatforms.size());
        };
        return rank(a.prefix) < rank(b.prefix);
    });
    return groups;
}

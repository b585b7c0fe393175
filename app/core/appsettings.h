// SPDX-License-Identifier: MIT
#pragma once

#include "csvwriter.h"
#include "resellerpricing.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <chrono>

// The user's preferences and remembered state, typed, over QSettings.
class AppSettings
{
public:
    static constexpr int MaxHistory = 30;

    QString apiUrl() const;
    void setApiUrl(const QString &url);
    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);
    qint64 maxResponseBytes() const;
    void setMaxResponseBytes(qint64 bytes);
    // "" follows the system; otherwise a locale name such as "id" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // How the user last exported: CSV format, extra columns, folder.
    struct ExportPreferences {
        CsvWriter::Options csv;
        bool includeNotes = false;
        bool includePanelPriceText = false;
        QString folder;
    };
    ExportPreferences exportPreferences() const;
    void setExportPreferences(const ExportPreferences &preferences);

    static constexpr double DefaultRoundingStep = 100;
    // The reseller's markup (global and per category) and rounding step for the My price column.
    ResellerPricing resellerPricing() const;
    void setResellerPricing(const ResellerPricing &pricing);

    QStringList savedCategories() const;
    void setSavedCategories(const QStringList &names);
    // Whether the last view was every saved category together, rather than one category.
    bool lastViewWasSaved() const;
    void setLastViewWasSaved(bool saved);

    QStringList categoryHistory() const;
    // Most recent first, without duplicates, at most MaxHistory names.
    void addToCategoryHistory(const QString &name);
    QString lastCategory() const;

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);

private:
    mutable QSettings m_settings;
};

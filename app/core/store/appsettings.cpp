// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "fetchlimits.h"
#include "filewritelock.h"
#include "ratefetcher.h"
#include "refreshscheduler.h"
#include "savedcategories.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace {

const QString ApiUrlKey = QStringLiteral("network/apiUrl");
const QString TimeoutKey = QStringLiteral("network/timeoutMs");
const QString DeadlineKey = QStringLiteral("network/deadlineMs");
const QString MaxBytesKey = QStringLiteral("network/maxResponseBytes");
const QString FormatVersionKey = QStringLiteral("formatVersion");
const QString MaxRowsKey = QStringLiteral("data/maxRows");
const QString LanguageKey = QStringLiteral("ui/language");
const QString HistoryKey = QStringLiteral("categories/history");
const QString SavedCategoriesKey = QStringLiteral("categories/saved");
const QString LastViewSavedKey = QStringLiteral("categories/lastViewSaved");
const QString MarkupKey = QStringLiteral("pricing/markupPercent");
const QString RoundingStepKey = QStringLiteral("pricing/roundingStep");
const QString CategoryMarkupKey = QStringLiteral("pricing/categoryMarkupPercent");
const QString RateServiceKey = QStringLiteral("rates/serviceUrl");
const QString FetchRatesDailyKey = QStringLiteral("rates/fetchDaily");
const QString AlertRulesKey = QStringLiteral("alerts/rules");
const QString RefreshIntervalKey = QStringLiteral("schedule/refreshMinutes");
const QString KeepInTrayKey = QStringLiteral("schedule/keepRunningInTray");

} // namespace

QString AppSettings::apiUrl() const
{
    return m_settings.value(ApiUrlKey).toString();
}

void AppSettings::setApiUrl(const QString &url)
{
    m_settings.setValue(ApiUrlKey, url);
}

std::chrono::milliseconds AppSettings::timeout() const
{
    bool ok = false;
    const qint64 ms = m_settings.value(TimeoutKey).toLongLong(&ok);
    if (!ok || ms < 1000 || ms > 600000)
        return FetchLimits::DefaultTimeout;
    return std::chrono::milliseconds(ms);
}

void AppSettings::setTimeout(std::chrono::milliseconds timeout)
{
    m_settings.setValue(TimeoutKey, qint64(timeout.count()));
}

std::chrono::milliseconds AppSettings::deadline() const
{
    bool ok = false;
    const qint64 ms = m_settings.value(DeadlineKey).toLongLong(&ok);
    if (!ok || ms < 1000 || ms > 3600000)
        return FetchLimits::DefaultDeadline;
    return std::chrono::milliseconds(ms);
}

void AppSettings::setDeadline(std::chrono::milliseconds deadline)
{
    m_settings.setValue(DeadlineKey, qint64(deadline.count()));
}

qint64 AppSettings::maxResponseBytes() const
{
    bool ok = false;
    const qint64 bytes = m_settings.value(MaxBytesKey).toLongLong(&ok);
    if (!ok || bytes < 1024 * 1024 || bytes > qint64(4) * 1024 * 1024 * 1024)
        return FetchLimits::DefaultMaxResponseBytes;
    return bytes;
}

void AppSettings::setMaxResponseBytes(qint64 bytes)
{
    m_settings.setValue(MaxBytesKey, bytes);
}

qsizetype AppSettings::maxRows() const
{
    bool ok = false;
    const qint64 rows = m_settings.value(MaxRowsKey).toLongLong(&ok);
    if (!ok || rows < MinRowCeiling || rows > MaxRowCeiling)
        return ResponseParser::Limits().maxRows;
    return rows;
}

void AppSettings::setMaxRows(qsizetype rows)
{
    m_settings.setValue(MaxRowsKey, qint64(rows));
}

FetchLimits AppSettings::fetchLimits() const
{
    FetchLimits limits;
    limits.timeout = timeout();
    limits.deadline = deadline();
    limits.maxResponseBytes = maxResponseBytes();
    limits.parse.maxRows = maxRows();
    return limits;
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language);
}

AppSettings::ExportPreferences AppSettings::exportPreferences() const
{
    ExportPreferences preferences;
    const QString separator = m_settings.value(QStringLiteral("export/separator")).toString();
    if (separator == QLatin1String(";") || separator == QLatin1String("\t"))
        preferences.csv.separator = separator.at(0);
    preferences.csv.byteOrderMark = m_settings.value(QStringLiteral("export/bom"), true).toBool();
    preferences.csv.formulaGuard =
        m_settings.value(QStringLiteral("export/formulaGuard"), true).toBool();
    preferences.csv.booleans = m_settings.value(QStringLiteral("export/booleanWords")).toBool()
                                   ? CsvWriter::BooleanStyle::Words
                                   : CsvWriter::BooleanStyle::Digits;
    if (m_settings.value(QStringLiteral("export/numbers")).toString() == QLatin1String("raw"))
        preferences.numbers = CsvWriter::NumberFormat::Raw;
    preferences.includeNotes = m_settings.value(QStringLiteral("export/notes")).toBool();
    preferences.includePanelPriceText =
        m_settings.value(QStringLiteral("export/panelPriceText")).toBool();
    preferences.folder = m_settings.value(QStringLiteral("export/folder")).toString();
    return preferences;
}

void AppSettings::setExportPreferences(const ExportPreferences &preferences)
{
    m_settings.setValue(QStringLiteral("export/separator"), QString(preferences.csv.separator));
    m_settings.setValue(QStringLiteral("export/bom"), preferences.csv.byteOrderMark);
    m_settings.setValue(QStringLiteral("export/formulaGuard"), preferences.csv.formulaGuard);
    m_settings.setValue(QStringLiteral("export/booleanWords"),
                        preferences.csv.booleans == CsvWriter::BooleanStyle::Words);
    m_settings.setValue(QStringLiteral("export/numbers"),
                        preferences.numbers == CsvWriter::NumberFormat::Raw
                            ? QStringLiteral("raw")
                            : QStringLiteral("locale"));
    m_settings.setValue(QStringLiteral("export/notes"), preferences.includeNotes);
    m_settings.setValue(QStringLiteral("export/panelPriceText"), preferences.includePanelPriceText);
    m_settings.setValue(QStringLiteral("export/folder"), preferences.folder);
}

ResellerPricing AppSettings::resellerPricing() const
{
    ResellerPricing pricing;
    const auto percent = [](const QVariant &value, double fallback) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && ResellerPricing::isUsableMarkup(number) ? number : fallback;
    };
    pricing.markupPercent = percent(m_settings.value(MarkupKey), 0);
    bool ok = false;
    const double step = m_settings.value(RoundingStepKey).toDouble(&ok);
    pricing.roundingStep =
        ok && ResellerPricing::isUsableRoundingStep(step) ? step : DefaultRoundingStep;
    const QVariantMap categories = m_settings.value(CategoryMarkupKey).toMap();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        const double markup = percent(it.value(), qQNaN());
        if (!qIsNaN(markup))
            pricing.categoryMarkupPercent.insert(it.key(), markup);
    }
    return pricing;
}

void AppSettings::setResellerPricing(const ResellerPricing &pricing)
{
    m_settings.setValue(MarkupKey, pricing.markupPercent);
    m_settings.setValue(RoundingStepKey, pricing.roundingStep);
    QVariantMap categories;
    for (auto it = pricing.categoryMarkupPercent.cbegin();
         it != pricing.categoryMarkupPercent.cend(); ++it)
        categories.insert(it.key(), it.value());
    m_settings.setValue(CategoryMarkupKey, categories);
    // Written at once: a change another process makes to the markups meanwhile would otherwise
    // be overwritten by this one's older change at the delayed write.
    m_settings.sync();
}

ResellerPricing AppSettings::setCategoryMarkup(const QString &category,
                                               std::optional<double> percent)
{
    const FileWriteLock lock(m_settings.fileName());
    m_settings.sync();
    ResellerPricing pricing = resellerPricing();
    if (percent)
        pricing.categoryMarkupPercent.insert(category, std::clamp(*percent, -100.0, 10000.0));
    else
        pricing.categoryMarkupPercent.remove(category);
    setResellerPricing(pricing);
    return pricing;
}

ExchangeRates AppSettings::exchangeRates() const
{
    return ExchangeRates::load(m_settings);
}

void AppSettings::setExchangeRates(const ExchangeRates &rates)
{
    rates.save(m_settings);
    // Written at once, for the reason setResellerPricing() is.
    m_settings.sync();
}

ExchangeRates AppSettings::changeExchangeRates(const std::function<void(ExchangeRates &)> &change)
{
    const FileWriteLock lock(m_settings.fileName());
    m_settings.sync();
    ExchangeRates rates = exchangeRates();
    change(rates);
    setExchangeRates(rates);
    return rates;
}

QUrl AppSettings::rateServiceUrl() const
{
    const QUrl url(m_settings.value(RateServiceKey).toString());
    return url.isValid() && !url.isEmpty() ? url : RateFetcher::defaultBase();
}

void AppSettings::setRateServiceUrl(const QUrl &url)
{
    m_settings.setValue(RateServiceKey, url.toString());
}

bool AppSettings::fetchRatesDaily() const
{
    return m_settings.value(FetchRatesDailyKey, true).toBool();
}

void AppSettings::setFetchRatesDaily(bool daily)
{
    m_settings.setValue(FetchRatesDailyKey, daily);
}

std::chrono::minutes AppSettings::refreshInterval() const
{
    bool ok = false;
    const qint64 minutes = m_settings.value(RefreshIntervalKey).toLongLong(&ok);
    if (!ok || minutes <= 0)
        return std::chrono::minutes(0);
    return std::clamp(std::chrono::minutes(minutes), RefreshScheduler::MinimumInterval,
                      MaxRefreshInterval);
}

void AppSettings::setRefreshInterval(std::chrono::minutes interval)
{
    m_settings.setValue(RefreshIntervalKey, std::max<qint64>(interval.count(), 0));
}

bool AppSettings::keepRunningInTray() const
{
    return m_settings.value(KeepInTrayKey, false).toBool();
}

void AppSettings::setKeepRunningInTray(bool keep)
{
    m_settings.setValue(KeepInTrayKey, keep);
}

AlertRules AppSettings::alertRules() const
{
    return AlertRules::fromJson(m_settings.value(AlertRulesKey).toString().toUtf8());
}

void AppSettings::setAlertRules(const AlertRules &rules)
{
    // Text, so the settings file shows it as JSON.
    m_settings.setValue(AlertRulesKey, QString::fromUtf8(rules.toJson()));
}

QStringList AppSettings::savedCategories() const
{
    return m_settings.value(SavedCategoriesKey).toStringList();
}

void AppSettings::setSavedCategories(const QStringList &names)
{
    m_settings.setValue(SavedCategoriesKey, names);
    // Written at once: seen lost when left to the delayed sync (a window opened meanwhile).
    m_settings.sync();
}

QStringList AppSettings::changeSavedCategories(const QStringList &before, const QStringList &after)
{
    const FileWriteLock lock(m_settings.fileName());
    m_settings.sync();
    const QStringList stored = SavedCategories::merged(before, after, savedCategories());
    setSavedCategories(stored);
    return stored;
}

bool AppSettings::lastViewWasSaved() const
{
    return m_settings.value(LastViewSavedKey).toBool();
}

void AppSettings::setLastViewWasSaved(bool saved)
{
    m_settings.setValue(LastViewSavedKey, saved);
}

QStringList AppSettings::categoryHistory() const
{
    QStringList history = m_settings.value(HistoryKey).toStringList();
    history.removeAll(QString());
    return history.mid(0, MaxHistory);
}

void AppSettings::addToCategoryHistory(const QString &name)
{
    if (name.isEmpty())
        return;
    // Another process (a command line's --category) may have added one meanwhile.
    const FileWriteLock lock(m_settings.fileName());
    m_settings.sync();
    QStringList history = categoryHistory();
    history.removeAll(name);
    history.prepend(name);
    m_settings.setValue(HistoryKey, history.mid(0, MaxHistory));
    m_settings.sync();
}

QString AppSettings::lastCategory() const
{
    const QStringList history = categoryHistory();
    return history.isEmpty() ? QString() : history.first();
}

AppSettings::FileCheck AppSettings::checkFile()
{
    QSettings::Status status;
    QString path;
    int version = 0;
    bool empty = false;
    {
        const QSettings settings;
        // QSettings reads the file on first use: read before asking how it went.
        version = settings.value(FormatVersionKey).toInt();
        status = settings.status();
        path = settings.fileName();
        // A value Qt cannot restore (a damaged @Variant) reads as invalid, and writing the file
        // back would turn it into @Invalid(): that file is damaged too.
        const QStringList keys = settings.allKeys();
        empty = keys.isEmpty();
        if (status == QSettings::NoError
            && std::any_of(keys.cbegin(), keys.cend(), [&settings](const QString &key) {
                   return !settings.value(key).isValid();
               }))
            status = QSettings::FormatError;
    }
    // Only for a file put aside: the local time zone takes a while to load.
    const auto stamp = [] {
        return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    };
    using Outcome = FileCheck::Outcome;
    switch (status) {
    case QSettings::AccessError:
        return {Outcome::Unreadable, path};
    case QSettings::FormatError: {
        const QString aside = path + QStringLiteral(".damaged-") + stamp();
        if (!QFile::rename(path, aside))
            return {Outcome::NotMovedAside, path};
        return {Outcome::MovedAside, aside};
    }
    case QSettings::NoError:
        break;
    }
    if (version > FormatVersion) {
        const QString copy = path + QStringLiteral(".newer-version-") + stamp();
        if (!QFile::copy(path, copy))
            return {Outcome::NewerNotBackedUp, path};
        LockedSettings().setValue(FormatVersionKey, FormatVersion);
        return {Outcome::NewerBackedUp, copy};
    }
    // A first start, or one that never changed a setting, writes no file: writing one (with its
    // sync to disk) took 10-150 ms of a headless export. The next start stamps what was written.
    if (version < FormatVersion && !empty)
        LockedSettings().setValue(FormatVersionKey, FormatVersion);
    return {};
}

QString AppSettings::describe(const FileCheck &check)
{
    const QString path = QDir::toNativeSeparators(check.path);
    switch (check.outcome) {
    case FileCheck::Outcome::Fine:
        break;
    case FileCheck::Outcome::Unreadable:
        return tr("The settings file “%1” cannot be read. The defaults are in use and changes "
                  "will not be kept.")
            .arg(path);
    case FileCheck::Outcome::MovedAside:
        return tr("The settings file was damaged and has been moved to “%1”. The defaults are "
                  "in use.")
            .arg(path);
    case FileCheck::Outcome::NotMovedAside:
        return tr("The settings file “%1” is damaged and could not be moved aside. The "
                  "defaults are in use.")
            .arg(path);
    case FileCheck::Outcome::NewerBackedUp:
        return tr("The settings were written by a newer version of SMM Price Browser; a copy "
                  "was kept at “%1”. Settings this version does not know are ignored.")
            .arg(path);
    case FileCheck::Outcome::NewerNotBackedUp:
        return tr("The settings in “%1” were written by a newer version of SMM Price Browser "
                  "and could not be backed up. Settings this version does not know are "
                  "ignored.")
            .arg(path);
    }
    return {};
}

QByteArray AppSettings::value(const QString &key) const
{
    return m_settings.value(key).toByteArray();
}

void AppSettings::setValue(const QString &key, const QByteArray &value)
{
    m_settings.setValue(key, value);
}

// SPDX-License-Identifier: MIT
#include "exchangerates.h"

namespace {

const QString Group = QStringLiteral("rates");
const QString DisplayKey = QStringLiteral("display");
const QString LastFetchKey = QStringLiteral("lastFetch");
const QString CurrenciesGroup = QStringLiteral("currencies");
const QString ValueKey = QStringLiteral("rupiahPerUnit");
const QString DateKey = QStringLiteral("date");
const QString SourceKey = QStringLiteral("source");
const QString FetchedName = QStringLiteral("fetched");
const QString SetByHandName = QStringLiteral("byHand");

} // namespace

QString ExchangeRates::normalizedCode(const QString &code)
{
    const QString trimmed = code.trimmed().toUpper();
    if (trimmed.size() != 3)
        return {};
    for (const QChar c : trimmed) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return {};
    }
    return trimmed;
}

std::optional<ExchangeRates::RateOption> ExchangeRates::parseRateOption(const QString &text,
                                                                        QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString code = normalizedCode(equals < 0 ? text : text.left(equals));
    if (equals < 0 || code.isEmpty()) {
        if (error)
            *error = tr("--rate wants CUR=VALUE with a three-letter currency code, as in "
                        "USD=16250.5; got \"%1\".")
                         .arg(text);
        return std::nullopt;
    }
    const auto value = Decimal::parse(QStringView(text).mid(equals + 1).trimmed());
    if (!value || value->isNegative() || value->isZero()) {
        if (error)
            *error = tr("--rate %1: the rate must be a number above zero, in rupiah per 1 %1, "
                        "written like 16250.5; got \"%2\".")
                         .arg(code, text.mid(equals + 1));
        return std::nullopt;
    }
    return RateOption{code, *value};
}

std::optional<ExchangeRates::Rate> ExchangeRates::rate(const QString &currency) const
{
    const QString code = normalizedCode(currency);
    if (code == Service::Rupiah)
        return Rate{Decimal::fromInteger(1), QDate(), Source::SetByHand};
    if (const auto it = m_thisRun.constFind(code); it != m_thisRun.constEnd())
        return Rate{*it, QDate(), Source::ThisRun};
    if (const auto it = m_stored.constFind(code); it != m_stored.constEnd())
        return *it;
    return std::nullopt;
}

bool ExchangeRates::setRate(const QString &currency, const Rate &rate)
{
    const QString code = normalizedCode(currency);
    if (code.isEmpty() || code == Service::Rupiah || rate.rupiahPerUnit.isNegative()
        || rate.rupiahPerUnit.isZero() || rate.source == Source::ThisRun)
        return false;
    m_stored.insert(code, rate);
    return true;
}

void ExchangeRates::removeRate(const QString &currency)
{
    m_stored.remove(normalizedCode(currency));
}

bool ExchangeRates::setRateForThisRun(const QString &currency, const Decimal &rupiahPerUnit)
{
    const QString code = normalizedCode(currency);
    if (code.isEmpty() || code == Service::Rupiah || rupiahPerUnit.isNegative()
        || rupiahPerUnit.isZero())
        return false;
    m_thisRun.insert(code, rupiahPerUnit);
    return true;
}

QStringList ExchangeRates::currenciesToFetch(const QStringList &currencies,
                                             const QDateTime &now) const
{
    const bool fetchedToday = m_lastFetch.isValid() && m_lastFetch <= now
                              && m_lastFetch.toLocalTime().date() == now.toLocalTime().date();
    QStringList due;
    for (const QString &currency : currencies) {
        const QString code = normalizedCode(currency);
        if (code.isEmpty() || code == Service::Rupiah || due.contains(code))
            continue;
        if (!fetchedToday || !m_stored.contains(code))
            due.append(code);
    }
    return due;
}

void ExchangeRates::takeFetched(const QMap<QString, Rate> &rates, const QDateTime &now)
{
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it) {
        const auto stored = m_stored.constFind(it.key());
        if (stored == m_stored.constEnd() || stored->source == Source::Fetched)
            setRate(it.key(), *it);
    }
    // Nothing arrived (offline): the next start tries again.
    if (!rates.isEmpty())
        m_lastFetch = now;
}

bool ExchangeRates::setDisplayCurrency(const QString &currency)
{
    const QString code = normalizedCode(currency);
    if (code.isEmpty())
        return false;
    m_display = code;
    return true;
}

std::optional<Decimal> ExchangeRates::toRupiah(const Decimal &amount, const QString &currency) const
{
    const auto found = rate(currency);
    if (!found)
        return std::nullopt;
    const auto product = amount.multiplied(found->rupiahPerUnit);
    return product ? product->rounded(PricePlaces) : std::nullopt;
}

std::optional<Decimal> ExchangeRates::exactPrice(const Service &service)
{
    return service.priceExact.isEmpty() ? Decimal::fromDouble(service.price)
                                        : Decimal::parse(service.priceExact);
}

std::optional<Decimal> ExchangeRates::priceIdr(const Service &service) const
{
    const auto price = exactPrice(service);
    return price ? toRupiah(*price, service.currencyCode()) : std::nullopt;
}

std::optional<double> ExchangeRates::rupiahForComparing(const Service &service) const
{
    if (service.currencyCode() == Service::Rupiah)
        return service.price;
    if (const std::optional<Decimal> price = priceIdr(service))
        return price->toDouble();
    return std::nullopt;
}

std::optional<Decimal> ExchangeRates::priceInDisplayCurrency(const Service &service) const
{
    if (m_display == Service::Rupiah)
        return priceIdr(service);
    const auto price = exactPrice(service);
    if (!price)
        return std::nullopt;
    if (normalizedCode(service.currencyCode()) == m_display)
        return price->rounded(PricePlaces);
    const auto displayRate = rate(m_display);
    if (!displayRate)
        return std::nullopt;
    // Through rupiah, unrounded until the end so the cent is the only rounding.
    const auto sourceRate = rate(service.currencyCode());
    if (!sourceRate)
        return std::nullopt;
    const auto rupiah = price->multiplied(sourceRate->rupiahPerUnit);
    return rupiah ? rupiah->divided(displayRate->rupiahPerUnit, PricePlaces) : std::nullopt;
}

ExchangeRates ExchangeRates::load(QSettings &settings)
{
    ExchangeRates rates;
    settings.beginGroup(Group);
    rates.setDisplayCurrency(settings.value(DisplayKey).toString());
    rates.m_lastFetch = QDateTime::fromString(settings.value(LastFetchKey).toString(), Qt::ISODate);
    settings.beginGroup(CurrenciesGroup);
    const QStringList codes = settings.childGroups();
    for (const QString &code : codes) {
        settings.beginGroup(code);
        const auto value = Decimal::parse(settings.value(ValueKey).toString());
        const QDate date = QDate::fromString(settings.value(DateKey).toString(), Qt::ISODate);
        const Source source = settings.value(SourceKey).toString() == FetchedName
                                  ? Source::Fetched
                                  : Source::SetByHand;
        settings.endGroup();
        if (value)
            rates.setRate(code, Rate{*value, date, source});
    }
    settings.endGroup();
    settings.endGroup();
    return rates;
}

void ExchangeRates::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.setValue(DisplayKey, m_display);
    settings.setValue(LastFetchKey, m_lastFetch.isValid()
                                        ? m_lastFetch.toUTC().toString(Qt::ISODate)
                                        : QString());
    settings.remove(CurrenciesGroup);
    settings.beginGroup(CurrenciesGroup);
    for (auto it = m_stored.constBegin(); it != m_stored.constEnd(); ++it) {
        settings.beginGroup(it.key());
        settings.setValue(ValueKey, it->rupiahPerUnit.toString());
        settings.setValue(DateKey, it->date.isValid() ? it->date.toString(Qt::ISODate) : QString());
        settings.setValue(SourceKey, it->source == Source::Fetched ? FetchedName : SetByHandName);
        settings.endGroup();
    }
    settings.endGroup();
    settings.endGroup();
}

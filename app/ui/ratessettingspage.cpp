// SPDX-License-Identifier: MIT
#include "ratessettingspage.h"

#include "ratefetcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QValidator *currencyValidator(QObject *parent)
{
    return new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")),
                                           parent);
}

} // namespace

RatesSettingsPage::RatesSettingsPage(const ExchangeRates &rates, const QUrl &serviceUrl,
                                     bool fetchDaily, QWidget *parent)
    : QWidget(parent)
    , m_rates(rates)
    , m_initial(rates)
    , m_serviceUrl(serviceUrl)
    , m_fetcher(new RateFetcher(this))
    , m_display(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_newCurrency(new QLineEdit(this))
    , m_newRate(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_fetch(new QPushButton(tr("&Fetch Now"), this))
    , m_daily(new QCheckBox(tr("Fetch the rates once a &day"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("ratesSettingsPage"));
    m_display->setObjectName(QStringLiteral("displayCurrencyBox"));
    m_display->setEditable(true);
    m_display->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_display->setInsertPolicy(QComboBox::NoInsert);
    m_display->setValidator(currencyValidator(m_display));
    m_display->setToolTip(tr("The currency the converted prices are shown in"));
    m_table->setObjectName(QStringLiteral("rateTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Rupiah per unit"), tr("Date"), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(RupiahColumn, QHeaderView::Stretch);
    m_newCurrency->setObjectName(QStringLiteral("newCurrencyEdit"));
    m_newCurrency->setPlaceholderText(QStringLiteral("USD"));
    m_newCurrency->setValidator(currencyValidator(m_newCurrency));
    m_newCurrency->setMaximumWidth(
        m_newCurrency->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW")) + 16);
    m_newRate->setObjectName(QStringLiteral("newRateEdit"));
    m_newRate->setPlaceholderText(tr("rupiah per unit, e.g. 16250.5"));
    m_add->setObjectName(QStringLiteral("addRateButton"));
    m_remove->setObjectName(QStringLiteral("removeRateButton"));
    m_fetch->setObjectName(QStringLiteral("fetchRatesButton"));
    m_fetch->setToolTip(
        tr("Fetch the European Central Bank's reference rates from %1. Rates set by hand stay.")
            .arg(m_serviceUrl.host()));
    m_daily->setObjectName(QStringLiteral("fetchDailyBox"));
    m_daily->setChecked(fetchDaily);
    m_result->setObjectName(QStringLiteral("ratesResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Show prices &in:"), m_display);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newCurrency);
    addRow->addWidget(m_newRate, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetch);
    fetchRow->addWidget(m_daily);
    fetchRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(fetchRow);
    layout->addWidget(m_result);

    connect(m_table, &QTableWidget::itemChanged, this, &RatesSettingsPage::onEdited);
    connect(m_display, &QComboBox::currentTextChanged, this, &RatesSettingsPage::onDisplayChosen);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addRate(m_newCurrency->text(), m_newRate->text())) {
            m_newCurrency->clear();
            m_newRate->clear();
        }
    });
    connect(m_newRate, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &RatesSettingsPage::removeSelectedRate);
    connect(m_fetch, &QPushButton::clicked, this, &RatesSettingsPage::fetchNow);
    connect(m_fetcher, &RateFetcher::finished, this, &RatesSettingsPage::onFetched);
    reload();
}

bool RatesSettingsPage::fetchDaily() const
{
    return m_daily->isChecked();
}

void RatesSettingsPage::reload()
{
    m_reloading = true;
    const QMap<QString, ExchangeRates::Rate> stored = m_rates.storedRates();
    m_table->setRowCount(int(stored.size()));
    int row = 0;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it, ++row) {
        auto *currency = new QTableWidgetItem(it.key());
        currency->setFlags(currency->flags() & ~Qt::ItemIsEditable);
        auto *rupiah = new QTableWidgetItem(it->rupiahPerUnit.toString());
        rupiah->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rupiah->setToolTip(tr("Double-click to set this rate by hand"));
        auto *date = new QTableWidgetItem(
            it->date.isValid() ? QLocale().toString(it->date, QLocale::ShortFormat) : QString());
        date->setFlags(date->flags() & ~Qt::ItemIsEditable);
        auto *source = new QTableWidgetItem(
            it->source == ExchangeRates::Source::Fetched ? tr("fetched") : tr("set by hand"));
        source->setFlags(source->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, CurrencyColumn, currency);
        m_table->setItem(row, RupiahColumn, rupiah);
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, SourceColumn, source);
    }
    m_table->resizeColumnToContents(CurrencyColumn);
    m_table->resizeColumnToContents(DateColumn);
    m_table->resizeColumnToContents(SourceColumn);

    QStringList codes{Service::Rupiah};
    for (const QString &code : stored.keys())
        codes.append(code);
    if (!codes.contains(m_rates.displayCurrency()))
        codes.append(m_rates.displayCurrency());
    const QSignalBlocker blocker(m_display);
    m_display->clear();
    m_display->addItems(codes);
    m_display->setCurrentText(m_rates.displayCurrency());
    m_reloading = false;
}

void RatesSettingsPage::onEdited(QTableWidgetItem *item)
{
    if (m_reloading || item->column() != RupiahColumn)
        return;
    const QString currency = m_table->item(item->row(), CurrencyColumn)->text();
    const std::optional<Decimal> value = Decimal::parse(item->text().trimmed());
    if (!value || value->isNegative() || value->isZero()) {
        showResult(tr("“%1” is not a rate. Type the rupiah one %2 is worth, such as 16250.5.")
                       .arg(item->text(), currency));
    } else {
        m_rates.setRate(currency, {*value, QDate::currentDate(), ExchangeRates::Source::SetByHand});
        showResult(QString());
    }
    // Deferred: the view is still inside the edit that emitted this.
    QMetaObject::invokeMethod(this, &RatesSettingsPage::reload, Qt::QueuedConnection);
}

void RatesSettingsPage::onDisplayChosen()
{
    const QString code = ExchangeRates::normalizedCode(m_display->currentText());
    if (!code.isEmpty())
        m_rates.setDisplayCurrency(code);
}

bool RatesSettingsPage::addRate(const QString &currency, const QString &rupiahPerUnit)
{
    const QString code = ExchangeRates::normalizedCode(currency);
    if (code.isEmpty() || code == Service::Rupiah) {
        showResult(tr("Type a currency code of three letters such as USD (not IDR)."));
        return false;
    }
    const std::optional<Decimal> value = Decimal::parse(rupiahPerUnit.trimmed());
    if (!value || value->isNegative() || value->isZero()) {
        showResult(tr("Type the rupiah one %1 is worth, such as 16250.5.").arg(code));
        return false;
    }
    m_rates.setRate(code, {*value, QDate::currentDate(), ExchangeRates::Source::SetByHand});
    showResult(QString());
    reload();
    return true;
}

void RatesSettingsPage::removeSelectedRate()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), CurrencyColumn);
    if (!item)
        return;
    m_rates.removeRate(item->text());
    reload();
}

void RatesSettingsPage::fetchNow()
{
    if (m_fetcher->isBusy())
        return;
    QString error;
    if (!m_fetcher->setBaseUrl(m_serviceUrl, &error)) {
        showResult(error);
        return;
    }
    QStringList currencies = m_rates.storedRates().keys() + m_wanted;
    currencies.append(m_rates.displayCurrency());
    currencies.removeAll(Service::Rupiah);
    currencies.removeDuplicates();
    if (currencies.isEmpty()) {
        showResult(tr("Add a currency first: there is nothing to fetch."));
        Q_EMIT fetchFinished();
        return;
    }
    m_fetch->setEnabled(false);
    showResult(tr("Fetching the rates from %1…").arg(m_serviceUrl.host()));
    m_fetcher->fetch(currencies);
}

void RatesSettingsPage::onFetched(const QMap<QString, ExchangeRates::Rate> &rates,
                                  const QStringList &problems)
{
    m_fetch->setEnabled(true);
    m_rates.takeFetched(rates, QDateTime::currentDateTime());
    reload();
    QString text;
    if (!rates.isEmpty())
        text = tr("%n rate(s) fetched.", nullptr, int(rates.size()));
    if (!problems.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + problems.first();
        if (problems.size() > 1)
            text += QLatin1Char(' ') + tr("(%n more failed.)", nullptr, int(problems.size() - 1));
    }
    showResult(text);
    Q_EMIT fetchFinished();
}

QString RatesSettingsPage::result() const
{
    return m_result->text();
}

void RatesSettingsPage::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

ExchangeRates RatesSettingsPage::appliedTo(const ExchangeRates &stored) const
{
    ExchangeRates result = stored;
    const QMap<QString, ExchangeRates::Rate> before = m_initial.storedRates();
    const QMap<QString, ExchangeRates::Rate> now = m_rates.storedRates();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()))
            result.removeRate(it.key());
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            result.setRate(it.key(), it.value());
    }
    if (m_rates.displayCurrency() != m_initial.displayCurrency())
        result.setDisplayCurrency(m_rates.displayCurrency());
    return result;
}

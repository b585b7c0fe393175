// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class RateFetcher;

// Settings ▸ Rates: the display currency and the rupiah one unit of each currency is worth,
// with its date and source; set by hand, or fetched from the rate service. Changes are kept
// until the dialog is accepted: rates() then holds them.
class RatesSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    RatesSettingsPage(const ExchangeRates &rates, const QUrl &serviceUrl, bool fetchDaily,
                      QWidget *parent = nullptr);

    ExchangeRates rates() const { return m_rates; }
    // `stored` with the changes made on this page: rates the window fetched or the user set
    // elsewhere while the page was open stay unless this page changed the same currency.
    ExchangeRates appliedTo(const ExchangeRates &stored) const;
    bool fetchDaily() const;
    // The currencies Fetch now asks for besides the listed ones (the panels' currencies).
    void setWantedCurrencies(const QStringList &currencies) { m_wanted = currencies; }
    // False with a message shown when the code or the rate is unusable.
    bool addRate(const QString &currency, const QString &rupiahPerUnit);
    void removeSelectedRate();
    void fetchNow();
    QString result() const;

Q_SIGNALS:
    void fetchFinished();

private:
    enum Column { CurrencyColumn, RupiahColumn, DateColumn, SourceColumn, ColumnCount };

    void reload();
    void onEdited(QTableWidgetItem *item);
    void onDisplayChosen();
    void onFetched(const QMap<QString, ExchangeRates::Rate> &rates, const QStringList &problems);
    void showResult(const QString &text);

    ExchangeRates m_rates;
    ExchangeRates m_initial; // as the page was opened
    QUrl m_serviceUrl;
    QStringList m_wanted;
    RateFetcher *m_fetcher;
    QComboBox *m_display;
    QTableWidget *m_table;
    QLineEdit *m_newCurrency;
    QLineEdit *m_newRate;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_fetch;
    QCheckBox *m_daily;
    QLabel *m_result;
    bool m_reloading = false;
};

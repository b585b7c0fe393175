// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

ExportDialog::ExportDialog(const AppSettings::ExportPreferences &preferences, qsizetype rowCount,
                           QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_numbers(new QComboBox(this))
    , m_numbersHint(new QLabel(this))
    , m_separator(new QComboBox(this))
    , m_booleans(new QComboBox(this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a &byte order mark (for Excel)"), this))
    , m_formulaGuard(
          new QCheckBox(tr("&Protect against formulas (text starting with = + - @)"), this))
    , m_notes(new QCheckBox(tr("Add the &notes as plain text"), this))
    , m_panelPriceText(new QCheckBox(tr("Add the panel's own price &text"), this))
{
    setWindowTitle(tr("Export to CSV"));
    setObjectName(QStringLiteral("exportDialog"));

    m_numbers->setObjectName(QStringLiteral("numberFormatBox"));
    m_numbers->addItem(tr("For a spreadsheet on this computer"),
                       int(CsvWriter::NumberFormat::Locale));
    m_numbers->addItem(tr("For a program"), int(CsvWriter::NumberFormat::Raw));
    m_numbers->setCurrentIndex(preferences.numbers == CsvWriter::NumberFormat::Raw);
    m_numbersHint->setObjectName(QStringLiteral("numberFormatHint"));
    m_numbersHint->setWordWrap(true);

    m_separator->setObjectName(QStringLiteral("separatorBox"));
    m_separator->addItem(tr("Comma ( , )"), QString(u','));
    m_separator->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_separator->addItem(tr("Tab"), QString(u'\t'));
    m_separator->setCurrentIndex(
        std::max(0, m_separator->findData(QString(preferences.csv.separator))));

    m_booleans->setObjectName(QStringLiteral("booleansBox"));
    m_booleans->addItem(tr("1 and 0"), int(CsvWriter::BooleanStyle::Digits));
    m_booleans->addItem(tr("yes and no"), int(CsvWriter::BooleanStyle::Words));
    m_booleans->setCurrentIndex(preferences.csv.booleans == CsvWriter::BooleanStyle::Words);

    m_byteOrderMark->setObjectName(QStringLiteral("bomBox"));
    m_byteOrderMark->setChecked(preferences.csv.byteOrderMark);
    m_formulaGuard->setObjectName(QStringLiteral("formulaGuardBox"));
    m_formulaGuard->setChecked(preferences.csv.formulaGuard);
    m_formulaGuard->setToolTip(tr("Spreadsheets run text that starts with these characters as a "
                                  "formula. An apostrophe in front makes it plain text."));
    m_notes->setObjectName(QStringLiteral("notesBox"));
    m_notes->setChecked(preferences.includeNotes);
    m_panelPriceText->setObjectName(QStringLiteral("panelPriceTextBox"));
    m_panelPriceText->setChecked(preferences.includePanelPriceText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose File…"));

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Exports the %Ln service(s) you see, with the visible columns "
                               "in their order.",
                               nullptr, int(rowCount)),
                            this));
    form->addRow(tr("&Format:"), m_numbers);
    form->addRow(m_numbersHint);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("Refill and status as:"), m_booleans);
    form->addRow(m_byteOrderMark);
    form->addRow(m_formulaGuard);
    form->addRow(m_notes);
    form->addRow(m_panelPriceText);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_numbers, &QComboBox::currentIndexChanged, this, &ExportDialog::showNumberFormat);
    showNumberFormat();
}

// A spreadsheet takes the separator its locale expects, so the box shows that one and is locked;
// a program gets the separator chosen here, kept in the preferences.
void ExportDialog::showNumberFormat()
{
    const auto format = CsvWriter::NumberFormat(m_numbers->currentData().toInt());
    const bool locale = format == CsvWriter::NumberFormat::Locale;
    if (locale)
        m_preferences.csv.separator = m_separator->currentData().toString().at(0);
    const CsvWriter::Options options =
        CsvWriter::withNumberFormat(m_preferences.csv, format, QLocale::system());
    m_separator->setCurrentIndex(std::max(0, m_separator->findData(QString(options.separator))));
    m_separator->setEnabled(!locale);
    m_numbersHint->setText(
        locale ? tr("Numbers as this computer writes them: %1 for a half, no thousands "
                    "separators, no “Rp”.")
                     .arg(QLocale::system().toString(0.5))
               : tr("Numbers with a decimal point and no thousands separators: 0.5, 24866."));
}

AppSettings::ExportPreferences ExportDialog::preferences() const
{
    AppSettings::ExportPreferences preferences = m_preferences;
    preferences.numbers = CsvWriter::NumberFormat(m_numbers->currentData().toInt());
    if (preferences.numbers == CsvWriter::NumberFormat::Raw)
        preferences.csv.separator = m_separator->currentData().toString().at(0);
    preferences.csv.booleans = CsvWriter::BooleanStyle(m_booleans->currentData().toInt());
    preferences.csv.byteOrderMark = m_byteOrderMark->isChecked();
    preferences.csv.formulaGuard = m_formulaGuard->isChecked();
    preferences.includeNotes = m_notes->isChecked();
    preferences.includePanelPriceText = m_panelPriceText->isChecked();
    return preferences;
}

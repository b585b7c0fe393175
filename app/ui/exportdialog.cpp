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
    form->addRow(new QLabel(tr("Exports the %1 services you see, with the visible columns in "
                               "their order.")
                                .arg(QLocale().toString(rowCount)),
                            this));
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("Refill and status as:"), m_booleans);
    form->addRow(m_byteOrderMark);
    form->addRow(m_formulaGuard);
    form->addRow(m_notes);
    form->addRow(m_panelPriceText);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AppSettings::ExportPreferences ExportDialog::preferences() const
{
    AppSettings::ExportPreferences preferences = m_preferences;
    preferences.csv.separator = m_separator->currentData().toString().at(0);
    preferences.csv.booleans = CsvWriter::BooleanStyle(m_booleans->currentData().toInt());
    preferences.csv.byteOrderMark = m_byteOrderMark->isChecked();
    preferences.csv.formulaGuard = m_formulaGuard->isChecked();
    preferences.includeNotes = m_notes->isChecked();
    preferences.includePanelPriceText = m_panelPriceText->isChecked();
    return preferences;
}

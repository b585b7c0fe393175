// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

// The CSV options of File ▸ Export: for a spreadsheet on this computer or for a program,
// separator, byte order mark, formula guard, how flags are written, and which extra columns to add.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const AppSettings::ExportPreferences &preferences, qsizetype rowCount,
                 QWidget *parent = nullptr);

    AppSettings::ExportPreferences preferences() const;

private:
    void showNumberFormat();

    AppSettings::ExportPreferences m_preferences;
    QComboBox *m_numbers;
    QLabel *m_numbersHint;
    QComboBox *m_separator;
    QComboBox *m_booleans;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_formulaGuard;
    QCheckBox *m_notes;
    QCheckBox *m_panelPriceText;
};

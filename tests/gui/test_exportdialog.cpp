// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>

// Runs twice (tests/CMakeLists.txt): in the C locale and with LANG=id_ID.UTF-8, where
// SMM_EXPECT_DECIMAL_COMMA is set and a spreadsheet expects ';' and ','.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    static QComboBox *box(const ExportDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QComboBox *>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }

    static QChar shownSeparator(const ExportDialog &dialog)
    {
        return box(dialog, "separatorBox")->currentData().toString().at(0);
    }

private Q_SLOTS:
    void shouldRunInTheLocaleItWasStartedIn()
    {
        const bool decimalComma = qEnvironmentVariableIsSet("SMM_EXPECT_DECIMAL_COMMA");
        QCOMPARE(QLocale::system().decimalPoint(),
                 decimalComma ? QStringLiteral(",") : QStringLiteral("."));
    }

    void shouldOfferASpreadsheetOnThisComputerOrAProgram()
    {
        const bool decimalComma = QLocale::system().decimalPoint() == u",";
        AppSettings::ExportPreferences preferences;
        preferences.csv.separator = u'\t';
        preferences.numbers = CsvWriter::NumberFormat::Locale;
        ExportDialog dialog(preferences, 3);

        // For a spreadsheet: the locale's separator, not one to choose.
        QComboBox *numbers = box(dialog, "numberFormatBox");
        QComboBox *separator = box(dialog, "separatorBox");
        QCOMPARE(numbers->currentData().toInt(), int(CsvWriter::NumberFormat::Locale));
        QCOMPARE(shownSeparator(dialog), decimalComma ? QChar(u';') : QChar(u','));
        QVERIFY(!separator->isEnabled());
        const QString hint = dialog.findChild<QLabel *>(QStringLiteral("numberFormatHint"))->text();
        QVERIFY2(hint.contains(decimalComma ? QStringLiteral("0,5") : QStringLiteral("0.5")),
                 qPrintable(hint));
        QCOMPARE(dialog.preferences().numbers, CsvWriter::NumberFormat::Locale);

        // For a program: the separator chosen for programs comes back, and can be changed.
        numbers->setCurrentIndex(numbers->findData(int(CsvWriter::NumberFormat::Raw)));
        QVERIFY(separator->isEnabled());
        QCOMPARE(shownSeparator(dialog), QChar(u'\t'));
        separator->setCurrentIndex(separator->findData(QStringLiteral(";")));
        AppSettings::ExportPreferences chosen = dialog.preferences();
        QCOMPARE(chosen.numbers, CsvWriter::NumberFormat::Raw);
        QCOMPARE(chosen.csv.separator, QChar(u';'));

        // Back to a spreadsheet: the program's separator is kept for next time.
        numbers->setCurrentIndex(numbers->findData(int(CsvWriter::NumberFormat::Locale)));
        QCOMPARE(shownSeparator(dialog), decimalComma ? QChar(u';') : QChar(u','));
        chosen = dialog.preferences();
        QCOMPARE(chosen.numbers, CsvWriter::NumberFormat::Locale);
        QCOMPARE(chosen.csv.separator, QChar(u';'));
        const CsvWriter::Options written =
            CsvWriter::withNumberFormat(chosen.csv, chosen.numbers, QLocale::system());
        QCOMPARE(written.decimalMark, decimalComma ? QChar(u',') : QChar(u'.'));
    }

    void shouldStartWithTheRememberedChoice()
    {
        AppSettings::ExportPreferences preferences;
        preferences.csv.separator = u';';
        preferences.numbers = CsvWriter::NumberFormat::Raw;
        const ExportDialog dialog(preferences, 1);
        QCOMPARE(box(dialog, "numberFormatBox")->currentData().toInt(),
                 int(CsvWriter::NumberFormat::Raw));
        QCOMPARE(shownSeparator(dialog), QChar(u';'));
        QVERIFY(box(dialog, "separatorBox")->isEnabled());
        QCOMPARE(dialog.preferences().numbers, CsvWriter::NumberFormat::Raw);
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"

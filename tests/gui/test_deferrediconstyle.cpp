// SPDX-License-Identifier: MIT
#include "deferrediconstyle.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTest>

#include <memory>

// The deferred icons must be the very icons the wrapped style gives, only read later.
class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QStyle> m_plain;
    DeferredIconStyle *m_deferred = nullptr; // owned by the application

    static QImage image(const QIcon &icon, int size, QIcon::Mode mode = QIcon::Normal)
    {
        return icon.pixmap(QSize(size, size), mode)
            .toImage()
            .convertToFormat(QImage::Format_ARGB32);
    }

    // As drawn on a screen of `ratio` device pixels per pixel.
    static QPixmap scaledPixmap(const QIcon &icon, int size, qreal ratio)
    {
        return icon.pixmap(QSize(size, size), ratio);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_plain.reset(QStyleFactory::create(QApplication::style()->name()));
        QVERIFY(m_plain);
        m_deferred = new DeferredIconStyle;
        QApplication::setStyle(m_deferred);
        QCOMPARE(m_deferred->baseStyle()->name(), m_plain->name());
    }

    void shouldDrawEachStandardIconAsTheWrappedStyle_data()
    {
        QTest::addColumn<int>("which");
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_DialogCloseButton, QStyle::SP_ComputerIcon, QStyle::SP_MessageBoxWarning,
              QStyle::SP_MessageBoxCritical, QStyle::SP_ArrowUp, QStyle::SP_ArrowForward,
              QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_LineEditClearButton,
              QStyle::SP_CustomBase})
            QTest::addRow("%d", int(which)) << int(which);
    }

    void shouldDrawEachStandardIconAsTheWrappedStyle()
    {
        QFETCH(int, which);
        const auto pixmap = QStyle::StandardPixmap(which);
        const QIcon expected = m_plain->standardIcon(pixmap);
        const QIcon icon = m_deferred->standardIcon(pixmap);
        QCOMPARE(icon.isNull(), expected.isNull());
        QCOMPARE(icon.availableSizes(), expected.availableSizes());
        for (const int size : {16, 20, 32, 48}) {
            QCOMPARE(icon.actualSize(QSize(size, size)), expected.actualSize(QSize(size, size)));
            QCOMPARE(image(icon, size), image(expected, size));
            QCOMPARE(image(icon, size, QIcon::Disabled), image(expected, size, QIcon::Disabled));
        }
        for (const qreal ratio : {1.5, 2.0}) {
            const QPixmap scaled = scaledPixmap(icon, 16, ratio);
            const QPixmap plain = scaledPixmap(expected, 16, ratio);
            QCOMPARE(scaled.size(), plain.size());
            QCOMPARE(scaled.devicePixelRatio(), plain.devicePixelRatio());
            QCOMPARE(scaled.toImage().convertToFormat(QImage::Format_ARGB32),
                     plain.toImage().convertToFormat(QImage::Format_ARGB32));
        }
    }

    void shouldKeepAPixmapAddedToACopy()
    {
        QIcon icon = m_deferred->standardIcon(QStyle::SP_DialogCloseButton);
        const QIcon untouched = icon;
        QPixmap red(64, 64);
        red.fill(Qt::red);
        icon.addPixmap(red);
        QCOMPARE(icon.pixmap(64, 64).toImage().pixelColor(32, 32), QColor(Qt::red));
        QCOMPARE(image(untouched, 64),
                 image(m_plain->standardIcon(QStyle::SP_DialogCloseButton), 64));
    }

    void shouldGiveLineEditsTheWrappedStylesClearButton()
    {
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        const auto actions = edit.findChildren<QAction *>();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(image(actions.constFirst()->icon(), 16),
                 image(m_plain->standardIcon(QStyle::SP_LineEditClearButton), 16));
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "test_deferrediconstyle.moc"

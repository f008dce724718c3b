// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar item of cached mode: what it says in each state, its tooltip, and the click
// that asks for the sync panel.
#include "views/sync/syncstatuswidget.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ServiceDeck;
using State = Sync::SyncStatus::State;

Q_DECLARE_METATYPE(ServiceDeck::Sync::SyncStatus::State)

class tst_SyncStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void shouldSayTheStateAndTheCounts_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<qint64>("conflicts");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QString>("countsText");
        QTest::newRow("offline, nothing waiting")
            << State::Offline << qint64(0) << qint64(0) << QStringLiteral("Offline") << QString();
        QTest::newRow("offline, changes waiting")
            << State::Offline << qint64(3) << qint64(0) << QStringLiteral("Offline")
            << QStringLiteral("3 change(s) waiting");
        QTest::newRow("syncing") << State::Syncing << qint64(1) << qint64(0)
                                 << QStringLiteral("Syncing…")
                                 << QStringLiteral("1 change(s) waiting");
        QTest::newRow("up to date") << State::UpToDate << qint64(0) << qint64(0)
                                    << QStringLiteral("Up to date") << QString();
        QTest::newRow("up to date with a conflict")
            << State::UpToDate << qint64(0) << qint64(1) << QStringLiteral("Up to date")
            << QStringLiteral("1 conflict(s)");
        QTest::newRow("failed with both")
            << State::Failed << qint64(12) << qint64(2) << QStringLiteral("Sync failed")
            << QStringLiteral("12 change(s) waiting, 2 conflict(s)");
    }

    void shouldSayTheStateAndTheCounts()
    {
        QFETCH(State, state);
        QFETCH(qint64, pending);
        QFETCH(qint64, conflicts);
        QFETCH(QString, stateText);
        QFETCH(QString, countsText);
        // Given a status
        Sync::SyncStatus status;
        status.state = state;
        status.pendingOps = pending;
        status.openConflicts = conflicts;
        // When the widget shows it
        Views::SyncStatusWidget widget;
        widget.setStatus(status);
        widget.show();
        // Then its labels say the state and the counts, and only what there is
        auto *stateLabel = widget.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
        auto *countsLabel = widget.findChild<QLabel *>(QStringLiteral("syncCountsLabel"));
        QVERIFY(stateLabel && countsLabel);
        QCOMPARE(stateLabel->text(), stateText);
        QCOMPARE(countsLabel->text(), countsText);
        QCOMPARE(countsLabel->isVisible(), !countsText.isEmpty());
        const QString line =
            countsText.isEmpty() ? stateText : stateText + QStringLiteral(" · ") + countsText;
        QCOMPARE(widget.text(), line);
        // and so does its accessible description
        QVERIFY(widget.accessibleDescription().startsWith(line));
        QCOMPARE(widget.accessibleName(), QStringLiteral("Sync status"));
        QCOMPARE(widget.property("syncState").toInt(), int(state));
    }

    void shouldShowEachStateInItsOwnColour()
    {
        // The dot left of the text differs between the four states.
        QList<QImage> dots;
        for (State state : {State::Offline, State::Syncing, State::UpToDate, State::Failed}) {
            Sync::SyncStatus status;
            status.state = state;
            Views::SyncStatusWidget widget;
            widget.setStatus(status);
            auto *icon = widget.findChild<QLabel *>(QStringLiteral("syncStateIcon"));
            QVERIFY(icon);
            const QImage dot = icon->pixmap().toImage();
            QVERIFY(!dot.isNull());
            for (const QImage &other : std::as_const(dots))
                QVERIFY(other != dot);
            dots << dot;
        }
    }

    void shouldShowAFirstDownloadsProgress()
    {
        Sync::SyncStatus status;
        status.state = State::Syncing;
        status.downloadDone = 250;
        status.downloadTotal = 1000;
        Views::SyncStatusWidget widget;
        widget.setStatus(status);
        QCOMPARE(widget.text(), QStringLiteral("Downloading… 25 %"));
    }

    void shouldTellTheLastSyncAndTheLastErrorInItsTooltip()
    {
        // Given a failed sync after a successful one
        const QDateTime lastSync(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
        Sync::SyncStatus status;
        status.state = State::Failed;
        status.lastSync = lastSync;
        status.lastError = QStringLiteral("could not connect to server: Connection refused");
        Views::SyncStatusWidget widget;
        widget.setStatus(status);
        // Then the tooltip names the time of the last sync in the locale and the error
        const QString tip = widget.toolTip();
        QVERIFY2(tip.contains(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(status.lastError), qPrintable(tip));

        // And a replica that never synced says so, without an error line
        widget.setStatus(Sync::SyncStatus{});
        QVERIFY2(widget.toolTip().contains(QStringLiteral("Never")), qPrintable(widget.toolTip()));
        QVERIFY(!widget.toolTip().contains(status.lastError));
    }

    void shouldAskForThePanelWhenClicked()
    {
        Views::SyncStatusWidget widget;
        widget.setStatus(Sync::SyncStatus{});
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy requested(&widget, &Views::SyncStatusWidget::panelRequested);
        // When it is clicked
        QTest::mouseClick(&widget, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        // or a keyboard user presses Space on it
        widget.setFocus();
        QTest::keyClick(&widget, Qt::Key_Space);
        QCOMPARE(requested.count(), 2);
        // A right click does not open it
        QTest::mouseClick(&widget, Qt::RightButton);
        QCOMPARE(requested.count(), 2);
    }
};

QTEST_MAIN(tst_SyncStatusWidget)
#include "tst_syncstatuswidget.moc"

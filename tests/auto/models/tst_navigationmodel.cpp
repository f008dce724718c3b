// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ServiceDeck;
using Models::NavigationModel;
using Models::TicketFilter;
using Entry = NavigationModel::Entry;

namespace {

QStringList allTexts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        texts << index.data().toString() << allTexts(model, index);
    }
    return texts;
}

} // namespace

class tst_NavigationModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldListOnlyWhatIsBuilt()
    {
        // Given the navigation model
        NavigationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Then it holds the ticket lists and nothing for features that do not exist yet
        const QStringList expected = {
            QStringLiteral("Tickets"),          QStringLiteral("All active tickets"),
            QStringLiteral("Incidents"),        QStringLiteral("Service requests"),
            QStringLiteral("Problems"),         QStringLiteral("Changes"),
            QStringLiteral("All tickets"),
        };
        QCOMPARE(allTexts(model), expected);
    }

    void shouldMapEntriesToFilters_data()
    {
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<int>("kind"); // -1: every kind
        QTest::addColumn<bool>("activeOnly");
        QTest::newRow("active") << Entry::ActiveTickets << -1 << true;
        QTest::newRow("incidents") << Entry::Incidents << int(TicketKind::Incident) << true;
        QTest::newRow("requests") << Entry::Requests << int(TicketKind::Request) << true;
        QTest::newRow("problems") << Entry::Problems << int(TicketKind::Problem) << true;
        QTest::newRow("changes") << Entry::Changes << int(TicketKind::Change) << true;
        QTest::newRow("all") << Entry::AllTickets << -1 << false;
    }
    void shouldMapEntriesToFilters()
    {
        QFETCH(Entry, entry);
        QFETCH(int, kind);
        QFETCH(bool, activeOnly);
        // Given the model, when an entry is looked up
        NavigationModel model;
        const QModelIndex index = model.indexOf(entry);
        // Then it is found, selectable, round-trips and stands for the expected filter
        QVERIFY(index.isValid());
        QVERIFY(index.flags().testFlag(Qt::ItemIsSelectable));
        QCOMPARE(NavigationModel::entryAt(index).value_or(Entry::AllTickets), entry);
        const TicketFilter filter = NavigationModel::ticketFilter(entry);
        QCOMPARE(filter.activeOnly, activeOnly);
        QCOMPARE(filter.kind.has_value(), kind >= 0);
        if (filter.kind)
            QCOMPARE(int(*filter.kind), kind);
    }

    void shouldNotMakeSectionsSelectable()
    {
        NavigationModel model;
        const QModelIndex section = model.index(0, 0);
        QVERIFY(!section.flags().testFlag(Qt::ItemIsSelectable));
        QVERIFY(!NavigationModel::entryAt(section));
        QVERIFY(!NavigationModel::entryAt(QModelIndex()));
    }
};

QTEST_GUILESS_MAIN(tst_NavigationModel)
#include "tst_navigationmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cihistorypage.h"

#include "views/ticketform/referencelookup.h"

#include "storage/journal.h"

#include "core/timestamps.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace ServiceDeck::Views {

namespace {

QString shown(const QString &stored)
{
    if (stored.isNull())
        return CiHistoryPage::tr("(none)");
    QString text = stored.simplified();
    if (text.size() > 120)
        text = text.left(119) + QChar(0x2026);
    return text;
}

} // namespace

CiHistoryPage::CiHistoryPage(Storage::Database &db, ReferenceLookup &lookup, QWidget *parent)
    : QTreeWidget(parent)
    , m_db(db)
    , m_lookup(lookup)
{
    setObjectName(QStringLiteral("ciHistory"));
    setAccessibleName(tr("History of the configuration item"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Change")});
    header()->setStretchLastSection(true);
}

void CiHistoryPage::setCi(const QUuid &ciId)
{
    m_ciId = ciId;
    reload();
}

void CiHistoryPage::reload()
{
    clear();
    if (m_ciId.isNull())
        return;
    auto entries = Storage::Journal(m_db).history(m_ciId);
    if (!entries) {
        emit errorOccurred(entries.error().message);
        return;
    }
    std::stable_sort(entries->begin(), entries->end(),
                     [](const auto &a, const auto &b) { return a.seq > b.seq; });
    const QLocale locale;
    QUuid createOp;
    for (const Storage::JournalEntry &entry : std::as_const(*entries)) {
        const auto at = parseIsoInstant(entry.at);
        const QString when = at ? locale.toString(at->toLocalTime(), QLocale::ShortFormat)
                                : entry.at;
        const QString who = m_lookup.userName(entry.actorId);
        if (entry.action == u"create") {
            // A creation lists every initial value; one line says it more plainly.
            if (createOp == entry.opId)
                continue;
            createOp = entry.opId;
            new QTreeWidgetItem(this, {when, who, tr("created"), QString()});
            continue;
        }
        const QString change = tr("%1 → %2").arg(shown(entry.oldValue), shown(entry.newValue));
        auto *item = new QTreeWidgetItem(this, {when, who, entry.field, change});
        item->setToolTip(3, change);
    }
    for (int column = 0; column < 3; ++column)
        resizeColumnToContents(column);
}

} // namespace ServiceDeck::Views

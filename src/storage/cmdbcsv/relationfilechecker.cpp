// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationfilechecker.h"

#include "cilookup.h"

#include "core/tr.h"
#include "storage/database.h"

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr int ProgressEvery = 1000;

} // namespace

RelationFileChecker::RelationFileChecker(Database &db, const Cmdb::CiCatalogue &catalogue,
                                         ImportPlan &plan, QList<ImportError> &errors)
    : m_db(db)
    , m_catalogue(catalogue)
    , m_plan(plan)
    , m_errors(errors)
{}

void RelationFileChecker::error(int line, const QString &column, const QString &message)
{
    m_errors << ImportError{line, column, message};
    m_rowFailed = true;
}

Result<void> RelationFileChecker::check(const Csv::Table &table, const ImportProgress &progress)
{
    for (int i = 0; i < m_plan.header.size(); ++i) {
        const QString column = m_plan.header.at(i).trimmed();
        if (column == u"source")
            m_source = i;
        else if (column == u"type")
            m_type = i;
        else if (column == u"target")
            m_target = i;
    }
    QSet<QString> names;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QStringList &fields = table.records.at(r).fields;
        names.insert(fields.value(m_source).trimmed());
        names.insert(fields.value(m_target).trimmed());
    }
    names.remove(QString());
    CiLookup lookup(m_db);
    if (auto loaded = lookup.load(names.values(), false); !loaded)
        return loaded;
    QList<QUuid> sources;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        if (const ConfigurationItem *ci =
                lookup.find(table.records.at(r).fields.value(m_source).trimmed()))
            sources << ci->id;
    }
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    auto existing = lookup.relationsFrom(sources);
    if (!existing)
        return existing.error();

    const qint64 total = table.records.size() - 1;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        if (progress && r % ProgressEvery == 0 && !progress(r, total))
            return Error{ErrorKind::Usage, Tr::tr("Import cancelled")};
        const Csv::Record &record = table.records.at(r);
        if (!record.broken)
            checkRow(record, lookup, *existing);
    }
    return checkPartOfCycles(lookup);
}

void RelationFileChecker::checkRow(const Csv::Record &record, const CiLookup &lookup,
                                   const QSet<QString> &existing)
{
    m_rowFailed = false;
    const QStringList &fields = record.fields;
    const int width = int(m_plan.header.size());
    if (fields.size() != width) {
        const QString column =
            fields.size() < width ? m_plan.header.at(fields.size()).trimmed() : QString();
        error(
            record.line, column,
            Tr::tr("%n field(s) where the header has %1", nullptr, int(fields.size())).arg(width));
        return;
    }
    const QString sourceName = fields.at(m_source).trimmed();
    const QString type = fields.at(m_type).trimmed();
    const QString targetName = fields.at(m_target).trimmed();
    const ConfigurationItem *source = lookup.find(sourceName);
    const ConfigurationItem *target = lookup.find(targetName);
    const QString sourceColumn = QStringLiteral("source");
    const QString targetColumn = QStringLiteral("target");
    if (sourceName.isEmpty())
        error(record.line, sourceColumn, Tr::tr("A relation needs a source CI"));
    else if (!source)
        error(record.line, sourceColumn, Tr::tr("No configuration item \"%1\"").arg(sourceName));
    if (!m_catalogue.findRelationType(type)) {
        QStringList known;
        for (const Cmdb::RelationType &relationType : m_catalogue.relationTypes())
            known << relationType.name;
        error(record.line, QStringLiteral("type"),
              Tr::tr("\"%1\" is not one of: %2").arg(type, known.join(QStringLiteral(", "))));
    }
    if (targetName.isEmpty())
        error(record.line, targetColumn, Tr::tr("A relation needs a target CI"));
    else if (!target)
        error(record.line, targetColumn, Tr::tr("No configuration item \"%1\"").arg(targetName));
    else if (sourceName == targetName)
        error(record.line, targetColumn,
              Tr::tr("A configuration item cannot be related to itself"));
    if (m_rowFailed)
        return;
    const QString key = CiLookup::relationKey(source->id, type, target->id);
    // The row is its own key, so a repeated row can only repeat itself: written once.
    if (m_seen.contains(key)) {
        ++m_plan.duplicates;
        return;
    }
    m_seen.insert(key);
    if (existing.contains(key)) {
        ++m_plan.unchanged;
        return;
    }
    ++m_plan.creates;
    m_plan.relations << PlannedRelation{record.line, source->id, type, target->id};
}

// part_of says what a CI is a piece of; a cycle would make a CI part of itself. New part_of
// relations are checked in file order against those in the database and those before them.
Result<void> RelationFileChecker::checkPartOfCycles(CiLookup &lookup)
{
    const bool any = std::any_of(m_plan.relations.cbegin(), m_plan.relations.cend(),
                                 [](const PlannedRelation &r) { return r.type == u"part_of"; });
    if (!any)
        return {};
    auto edges = lookup.partOfEdges();
    if (!edges)
        return edges.error();
    QHash<QUuid, QList<QUuid>> parents;
    for (const auto &[source, target] : std::as_const(*edges))
        parents[source] << target;
    const auto reaches = [&](const QUuid &from, const QUuid &to) {
        QSet<QUuid> visited{from};
        QList<QUuid> stack{from};
        while (!stack.isEmpty()) {
            const QUuid at = stack.takeLast();
            if (at == to)
                return true;
            for (const QUuid &next : parents.value(at)) {
                if (!visited.contains(next)) {
                    visited.insert(next);
                    stack << next;
                }
            }
        }
        return false;
    };
    for (const PlannedRelation &relation : std::as_const(m_plan.relations)) {
        if (relation.type != u"part_of")
            continue;
        if (reaches(relation.targetId, relation.sourceId))
            m_errors << ImportError{relation.line, QStringLiteral("target"),
                                    Tr::tr("This part_of relation would make a configuration "
                                           "item part of itself")};
        else
            parents[relation.sourceId] << relation.targetId;
    }
    return {};
}

} // namespace ServiceDeck::Storage::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbimport.h"

#include "bulksettings.h"
#include "cifilechecker.h"
#include "importwriter.h"
#include "relationfilechecker.h"

#include "core/tr.h"
#include "storage/cmdb/cicataloguerepository.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace ServiceDeck::Storage {

QString importKindName(ImportKind kind)
{
    return kind == ImportKind::Cis ? QStringLiteral("cis") : QStringLiteral("relations");
}

namespace {

// The header says the kind: exactly source, type and target make a relation file; anything
// with name and class a CI file (whose other columns the CI check judges).
ImportKind kindOf(const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names << column.trimmed();
    names.sort();
    return names == QStringList{QStringLiteral("source"), QStringLiteral("target"),
                                QStringLiteral("type")}
               ? ImportKind::Relations
               : ImportKind::Cis;
}

// The column of a reading error: the header's name for the field, if the header has one.
QString columnOf(const QStringList &header, int field)
{
    const QString name = header.value(field).trimmed();
    return name.isEmpty() ? Tr::tr("field %1").arg(field + 1) : name;
}

} // namespace

Result<ImportPlan> CmdbImport::prepare(const QByteArray &content)
{
    ImportPlan plan;
    QList<ImportError> errors;
    const Csv::Table table = Csv::read(content);
    plan.delimiter = table.delimiter;
    if (!table.records.isEmpty())
        plan.header = table.records.constFirst().fields;
    for (const Csv::ParseError &error : table.errors)
        errors << ImportError{error.line,
                              error.line == 1 ? QString() : columnOf(plan.header, error.field),
                              Tr::tr("%1 (character %2)").arg(error.message).arg(error.column)};
    if (table.records.isEmpty() && table.errors.isEmpty())
        errors << ImportError{0, QString(), Tr::tr("The file is empty")};
    plan.rows = std::max<qint64>(0, table.records.size() - 1);
    for (qsizetype r = 1; r < table.records.size() && plan.preview.size() < ImportPlan::PreviewRows;
         ++r)
        plan.preview << table.records.at(r);

    const bool headerReadable = !table.records.isEmpty() && !table.records.constFirst().broken;
    if (headerReadable) {
        plan.kind = kindOf(plan.header);
        auto catalogue = CiCatalogueRepository(m_db).load();
        if (!catalogue)
            return catalogue.error();
        if (plan.kind == ImportKind::Relations) {
            Internal::RelationFileChecker checker(m_db, *catalogue, plan, errors);
            if (auto checked = checker.check(table, m_progress); !checked)
                return checked.error();
        } else {
            Internal::CiFileChecker checker(m_db, *catalogue, plan, errors);
            if (auto checked = checker.check(table, m_progress); !checked)
                return checked.error();
        }
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    if (errors.size() > ImportPlan::MaxErrors) {
        plan.moreErrors = errors.size() - ImportPlan::MaxErrors;
        errors.resize(ImportPlan::MaxErrors);
    }
    plan.errors = errors;
    if (!plan.ok()) {
        // A plan with errors is never applied; keeping its rows would only hold memory.
        plan.cis.clear();
        plan.relations.clear();
    }
    return plan;
}

Result<ImportReport> CmdbImport::apply(const ImportPlan &plan, const QUuid &actorId)
{
    if (!plan.ok())
        return invalidData(Tr::tr("The file has %n error(s); nothing was imported", nullptr,
                                  int(plan.errors.size() + plan.moreErrors)));
    QElapsedTimer timer;
    timer.start();
    Internal::BulkSettings settings(m_db);
    if (auto applied = settings.apply(plan.cis.size() + plan.relations.size()); !applied)
        return applied.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Internal::ImportWriter writer(m_db, actorId, m_progress);
    auto written = plan.kind == ImportKind::Cis ? writer.writeCis(plan.cis)
                                                : writer.writeRelations(plan.relations);
    if (!written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    ImportReport report;
    report.kind = plan.kind;
    report.created = plan.creates;
    report.updated = plan.updates;
    report.unchanged = plan.unchanged;
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace ServiceDeck::Storage

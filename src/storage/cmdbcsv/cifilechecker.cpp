// SPDX-License-Identifier: GPL-3.0-or-later
#include "cifilechecker.h"

#include "cilookup.h"

#include "core/cmdb/attributevalidation.h"
#include "core/tr.h"
#include "storage/database.h"

namespace ServiceDeck::Storage::Internal {

namespace {

// In the order of CiFileChecker::Core.
const QStringList &coreColumns()
{
    static const QStringList columns = {QStringLiteral("name"),     QStringLiteral("class"),
                                        QStringLiteral("status"),   QStringLiteral("owner_group"),
                                        QStringLiteral("location"), QStringLiteral("description")};
    return columns;
}

constexpr int ProgressEvery = 1000;

bool sameTrimmed(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (QStringView(a.at(i)).trimmed() != QStringView(b.at(i)).trimmed())
            return false;
    }
    return true;
}

} // namespace

CiFileChecker::CiFileChecker(Database &db, const Cmdb::CiCatalogue &catalogue, ImportPlan &plan,
                             QList<ImportError> &errors)
    : m_db(db)
    , m_catalogue(catalogue)
    , m_plan(plan)
    , m_errors(errors)
{}

void CiFileChecker::error(int line, const QString &column, const QString &message)
{
    m_errors << ImportError{line, column, message};
    m_rowFailed = true;
}

bool CiFileChecker::readHeader(const Csv::Record &header)
{
    QSet<QString> known;
    for (const Cmdb::CiClass &ciClass : m_catalogue.classes()) {
        for (const Cmdb::AttributeDefinition &definition : m_catalogue.attributesOf(ciClass.name))
            known.insert(definition.name);
    }
    QSet<QString> seen;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString column = header.fields.at(i).trimmed();
        if (column.isEmpty()) {
            error(header.line, QString(), Tr::tr("Column %1 of the header has no name").arg(i + 1));
            continue;
        }
        if (seen.contains(column)) {
            error(header.line, column, Tr::tr("The column \"%1\" appears twice").arg(column));
            continue;
        }
        seen.insert(column);
        if (const qsizetype core = coreColumns().indexOf(column); core >= 0)
            m_core[core] = i;
        else if (known.contains(column))
            m_attributeColumns.append({i, column});
        else
            error(header.line, column, Tr::tr("No CI class has an attribute \"%1\"").arg(column));
    }
    for (Core required : {Name, Class}) {
        if (m_core[required] < 0)
            error(header.line, coreColumns().at(required),
                  Tr::tr("The header has no column \"%1\"").arg(coreColumns().at(required)));
    }
    return m_core[Name] >= 0 && m_core[Class] >= 0;
}

const CiFileChecker::ClassColumns &CiFileChecker::classColumns(const QString &ciClass)
{
    auto it = m_classColumns.find(ciClass);
    if (it != m_classColumns.end())
        return *it;
    ClassColumns columns;
    for (const auto &[index, name] : std::as_const(m_attributeColumns))
        columns.definitions << m_catalogue.findAttribute(ciClass, name);
    for (const Cmdb::AttributeDefinition &definition : m_catalogue.attributesOf(ciClass)) {
        const bool inFile = std::any_of(m_attributeColumns.cbegin(), m_attributeColumns.cend(),
                                        [&](const auto &c) { return c.second == definition.name; });
        if (definition.required && !inFile)
            columns.requiredElsewhere << definition;
    }
    return *m_classColumns.insert(ciClass, columns);
}

Result<void> CiFileChecker::check(const Csv::Table &table, const ImportProgress &progress)
{
    if (!readHeader(table.records.constFirst()))
        return {};
    m_table = &table;
    auto groups = m_db.exec(QStringLiteral("SELECT id, name FROM support_groups"));
    if (!groups)
        return groups.error();
    while (groups->next())
        m_groups.insert(groups->value(1).toString(), Database::toUuid(groups->value(0)));

    // First pass: the names the file defines and those its reference attributes name, so that
    // the database is asked about all of them at once.
    QSet<QString> referenceColumns;
    for (const auto &[index, name] : std::as_const(m_attributeColumns)) {
        for (const Cmdb::CiClass &ciClass : m_catalogue.classes()) {
            const Cmdb::AttributeDefinition *def = m_catalogue.findAttribute(ciClass.name, name);
            if (def && def->type == Cmdb::AttributeType::Reference)
                referenceColumns.insert(name);
        }
    }
    QSet<QString> wanted;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QStringList &fields = table.records.at(r).fields;
        const QString name = fields.value(m_core[Name]).trimmed();
        if (!name.isEmpty())
            m_fileNames.insert(name);
        for (const auto &[index, column] : std::as_const(m_attributeColumns)) {
            if (referenceColumns.contains(column) && !fields.value(index).trimmed().isEmpty())
                wanted.insert(fields.value(index).trimmed());
        }
    }
    wanted.unite(m_fileNames);
    CiLookup lookup(m_db);
    if (auto loaded = lookup.load(wanted.values(), true); !loaded)
        return loaded;

    const qint64 total = table.records.size() - 1;
    m_plan.cis.reserve(total);
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        if (progress && r % ProgressEvery == 0 && !progress(r, total))
            return Error{ErrorKind::Usage, Tr::tr("Import cancelled")};
        const Csv::Record &record = table.records.at(r);
        if (!record.broken) // the reader reported it already
            checkRow(record, lookup);
    }
    return {};
}

void CiFileChecker::checkRow(const Csv::Record &record, const CiLookup &lookup)
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
    const auto field = [&](Core column) {
        return m_core[column] >= 0 ? fields.at(m_core[column]).trimmed() : QString();
    };
    const QString name = field(Name);
    if (name.isEmpty()) {
        error(record.line, coreColumns().at(Name), Tr::tr("A configuration item needs a name"));
        return;
    }
    // The same CI twice: harmless when the rows agree (files put together from several
    // exports), an error when they do not, since neither row can be said to win.
    if (const auto seen = m_seen.constFind(name); seen != m_seen.cend()) {
        const Csv::Record &first = m_table->records.at(*seen);
        if (sameTrimmed(first.fields, fields))
            ++m_plan.duplicates;
        else
            error(record.line, coreColumns().at(Name),
                  Tr::tr("\"%1\" is on line %2 already, with different values")
                      .arg(name)
                      .arg(first.line));
        return;
    }
    m_seen.insert(name, &record - m_table->records.constData());

    const ConfigurationItem *existing = lookup.find(name);
    ConfigurationItem ci = existing ? *existing : ConfigurationItem();
    ci.name = name;
    const QString ciClass = field(Class);
    const bool knownClass = m_catalogue.findClass(ciClass) != nullptr;
    if (!knownClass) {
        error(record.line, coreColumns().at(Class),
              ciClass.isEmpty() ? Tr::tr("A configuration item needs a class")
                                : Tr::tr("No CI class \"%1\"").arg(ciClass));
    } else if (existing && existing->ciClass != ciClass) {
        error(record.line, coreColumns().at(Class),
              Tr::tr("\"%1\" exists as a %2; an import does not change the class of a CI")
                  .arg(name, existing->ciClass));
    }
    ci.ciClass = ciClass;
    const QString status = field(Status);
    if (!status.isEmpty()) {
        if (ciStatuses().contains(status))
            ci.status = status;
        else
            error(record.line, coreColumns().at(Status),
                  Tr::tr("\"%1\" is not one of: %2")
                      .arg(status, ciStatuses().join(QStringLiteral(", "))));
    }
    if (m_core[Owner] >= 0) {
        ci.ownerGroup = field(Owner);
        if (!ci.ownerGroup.isEmpty() && !m_groups.contains(ci.ownerGroup))
            error(record.line, coreColumns().at(Owner),
                  Tr::tr("No support group \"%1\"").arg(ci.ownerGroup));
    }
    if (m_core[Location] >= 0)
        ci.location = field(Location);
    if (m_core[Description] >= 0)
        ci.description = field(Description);
    if (knownClass)
        checkAttributes(record, fields, ci, lookup);
    if (m_rowFailed)
        return;

    const QUuid ownerGroupId = m_groups.value(ci.ownerGroup);
    if (!existing) {
        ++m_plan.creates;
        m_plan.cis << PlannedCi{record.line, ConfigurationItem(), std::move(ci), ownerGroupId};
        return;
    }
    const bool same = existing->status == ci.status && existing->ownerGroup == ci.ownerGroup &&
                      existing->location == ci.location &&
                      existing->description == ci.description &&
                      existing->attributes == ci.attributes;
    if (same) {
        ++m_plan.unchanged;
        return;
    }
    ++m_plan.updates;
    m_plan.cis << PlannedCi{record.line, *existing, std::move(ci), ownerGroupId};
}

void CiFileChecker::checkAttributes(const Csv::Record &record, const QStringList &fields,
                                    ConfigurationItem &ci, const CiLookup &lookup)
{
    // A reference may name a CI anywhere in the file, not only above: an export is sorted by
    // name, not by what refers to what. The lookup knows every referenced name (see check()).
    const Cmdb::CiNameExists exists = [&](const QString &name) {
        return m_fileNames.contains(name) || lookup.find(name) != nullptr;
    };
    const ClassColumns &columns = classColumns(ci.ciClass);
    for (qsizetype c = 0; c < m_attributeColumns.size(); ++c) {
        const auto &[index, column] = m_attributeColumns.at(c);
        const QString &value = fields.at(index);
        const Cmdb::AttributeDefinition *def = columns.definitions.at(c);
        if (!def) {
            if (!value.trimmed().isEmpty())
                error(record.line, column,
                      Tr::tr("The class \"%1\" has no attribute \"%2\"").arg(ci.ciClass, column));
            continue;
        }
        auto valid = Cmdb::validateAttribute(*def, value, exists);
        if (!valid) {
            error(record.line, column, valid.error().message);
            continue;
        }
        if (valid->isEmpty())
            ci.attributes.remove(column);
        else
            ci.attributes.insert(column, *valid);
    }
    // A required attribute outside the file's columns must be there already.
    for (const Cmdb::AttributeDefinition &def : columns.requiredElsewhere) {
        if (!ci.attributes.contains(def.name))
            error(
                record.line, def.name,
                Tr::tr("The class \"%1\" requires the attribute \"%2\"").arg(ci.ciClass, def.name));
    }
}

} // namespace ServiceDeck::Storage::Internal

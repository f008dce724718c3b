// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 3: the CMDB's typed attributes and the indexes of its graph and list queries.
// The standard attribute definitions become reference data of every database (until now only
// the demo seeder wrote them), and impact analysis reads relations from covering indexes.
#include "database.h"
#include "ids.h"
#include "migrations.h"

#include "core/cmdb/cicatalogue.h"

#include <QSet>

namespace ServiceDeck::Storage {

namespace {

QStringList commonStatements()
{
    return {
        // A closure reads (source, type, target) per level. Down is answered by the index of
        // the UNIQUE (source_id, type, target_id) constraint alone; this one does the same for
        // Up, where the old (target_id, type) index had to visit the table for every relation.
        QStringLiteral("DROP INDEX ci_relations_target"),
        QStringLiteral("CREATE INDEX ci_relations_up ON ci_relations "
                       "(target_id, type, source_id)"),
    };
}

// Definitions a database lacks are added; existing ones (a site's own, or those the demo
// seeder wrote before this step) are left as they are. So are definitions of a class the
// site removed.
Result<void> populate(Database &db)
{
    QSet<QString> classes, existing;
    auto known = db.exec(QStringLiteral("SELECT name FROM ci_classes"));
    if (!known)
        return known.error();
    while (known->next())
        classes.insert(known->value(0).toString());
    auto defined = db.exec(QStringLiteral("SELECT class, name FROM ci_attribute_defs"));
    if (!defined)
        return defined.error();
    while (defined->next())
        existing.insert(defined->value(0).toString() + QLatin1Char('/') +
                        defined->value(1).toString());

    auto insert = db.prepare(db.expand(QStringLiteral(
        "INSERT INTO ci_attribute_defs (id, class, name, label, type, choices, required, "
        "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    if (!insert)
        return insert.error();
    const Cmdb::CiCatalogue catalogue = Cmdb::CiCatalogue::standard();
    for (const Cmdb::CiClass &ciClass : catalogue.classes()) {
        if (!classes.contains(ciClass.name))
            continue;
        for (const Cmdb::AttributeDefinition &definition : catalogue.attributesOf(ciClass.name)) {
            // attributesOf lists inherited definitions too; each is written for its own class.
            const QString key = definition.ciClass + QLatin1Char('/') + definition.name;
            if (definition.ciClass != ciClass.name || existing.contains(key))
                continue;
            insert->addBindValue(
                Database::idValue(referenceId(QStringLiteral("ci_attribute_def"), key)));
            insert->addBindValue(definition.ciClass);
            insert->addBindValue(definition.name);
            insert->addBindValue(definition.label);
            insert->addBindValue(Cmdb::attributeTypeName(definition.type));
            insert->addBindValue(definition.choices.isEmpty()
                                     ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(definition.choices.join(QLatin1Char(','))));
            insert->addBindValue(definition.required);
            insert->addBindValue(definition.position);
            if (!insert->exec())
                return db.sqlError(insert->lastError(), QStringLiteral("ci_attribute_defs"));
        }
    }
    return {};
}

} // namespace

Migration cmdbAttributes()
{
    return Migration{3,
                     QStringLiteral("CMDB attribute definitions and graph indexes"),
                     commonStatements(),
                     {},
                     {},
                     populate};
}

} // namespace ServiceDeck::Storage

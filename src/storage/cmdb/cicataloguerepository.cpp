// SPDX-License-Identifier: GPL-3.0-or-later
#include "cicataloguerepository.h"

#include "storage/database.h"

namespace ServiceDeck::Storage {

Result<Cmdb::CiCatalogue> CiCatalogueRepository::load()
{
    Cmdb::CiCatalogue catalogue;
    auto classes = m_db.exec(QStringLiteral("SELECT name, label, parent FROM ci_classes "
                                            "ORDER BY label, name"));
    if (!classes)
        return classes.error();
    while (classes->next())
        catalogue.addClass(Cmdb::CiClass{classes->value(0).toString(), classes->value(1).toString(),
                                         classes->value(2).toString()});

    auto attributes = m_db.exec(QStringLiteral("SELECT class, name, label, type, choices, "
                                               "required, position FROM ci_attribute_defs "
                                               "ORDER BY class, position, name"));
    if (!attributes)
        return attributes.error();
    while (attributes->next()) {
        Cmdb::AttributeDefinition definition;
        definition.ciClass = attributes->value(0).toString();
        definition.name = attributes->value(1).toString();
        definition.label = attributes->value(2).toString();
        // The schema's CHECK admits only known names; text is the harmless reading otherwise.
        definition.type = Cmdb::attributeTypeFromName(attributes->value(3).toString())
                              .value_or(Cmdb::AttributeType::Text);
        const QString choices = attributes->value(4).toString();
        if (!choices.isEmpty()) {
            for (const QString &choice : choices.split(QLatin1Char(','), Qt::SkipEmptyParts))
                definition.choices << choice.trimmed();
        }
        definition.required = attributes->value(5).toBool();
        definition.position = attributes->value(6).toInt();
        catalogue.addAttribute(definition);
    }

    auto types = m_db.exec(QStringLiteral("SELECT name, forward_label, reverse_label "
                                          "FROM relation_types ORDER BY name"));
    if (!types)
        return types.error();
    while (types->next())
        catalogue.addRelationType(Cmdb::RelationType{
            types->value(0).toString(), types->value(1).toString(), types->value(2).toString()});
    return catalogue;
}

} // namespace ServiceDeck::Storage

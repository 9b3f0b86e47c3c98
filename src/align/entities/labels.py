"""The one label scheme shared by Japanese and English, and the maps onto it.

Names: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW (laws, treaties and named
documents such as a national defense strategy), PRODUCT. Numeric expressions
(DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL) carry the same names
but live in ``Document.quantities``, produced by :mod:`align.quantities`,
because they are compared by value, not by string.

GiNZA tags with the ~190 types of Sekine's Extended Named Entity hierarchy;
the map below folds them onto the scheme. Types that are wrong far more often
than right on news and policy text (Dish, Food_Other, Clothing …, which GiNZA
gives to 国防総省 and トランプ政権) map to ``None``: the repairs in
:mod:`align.entities.ja` label such spans instead.
"""

from __future__ import annotations

NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT")
NUMERIC_LABELS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")
LABELS = NAME_LABELS + NUMERIC_LABELS


def _expand(groups: dict[str, str]) -> dict[str, str]:
    return {name: label for label, names in groups.items() for name in names.split()}


#: GiNZA (ENE) type → scheme label, names only; unlisted types are dropped.
GINZA_LABELS: dict[str, str] = _expand({
    "PERSON": "Person God Character",
    "ORG": "Company Company_Group Corporation_Other Organization_Other Government Military Public_Institution School "
           "Research_Institute Pro_Sports_Organization Sports_Organization_Other Sports_League Show_Organization "
           "Political_Party Political_Organization_Other International_Organization Cabinet Newspaper",
    "NORP": "Nationality Ethnic_Group_Other Religion Language_Other National_Language",
    "GPE": "Country City Province County GPE_Other",
    "LOC": "Continental_Region Domestic_Region Geological_Region_Other Location_Other Region_Other Mountain River Lake "
           "Sea Bay Island Water_Route Astral_Body_Other Planet Archaeological_Place_Other",
    "FAC": "Facility_Other Facility_Part Airport Station Port Road Railroad Bridge Tunnel Park Museum Theater "
           "Sports_Facility Worship_Place Zoo Amusement_Park Car_Stop Spa Tumulus Canal Line_Other GOE_Other",
    "EVENT": "Conference Event_Other Occasion_Other Incident_Other War Natural_Disaster Earthquake Religious_Festival",
    "LAW": "Law Treaty Rule_Other Plan",
    "PRODUCT": "Product_Other Aircraft Car Ship Train Spaceship Vehicle_Other Weapon Drug Movie Show Music "
               "Broadcast_Program Book Magazine Art_Other Printing_Other Award",
})

#: spaCy (OntoNotes) label → scheme label, names only.
SPACY_LABELS: dict[str, str] = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC", "EVENT": "EVENT",
    "LAW": "LAW", "PRODUCT": "PRODUCT", "WORK_OF_ART": "PRODUCT", "LANGUAGE": "NORP",
}

#: Acronyms and words both models tag as names though they name a field, a title
#: or a degree, not an entity ("AI" comes out as GPE/ORG all over tech news).
NOT_NAMES = frozenset({"AI", "A.I.", "IT", "CEO", "CFO", "COO", "CTO", "PhD", "Ph.D.", "GDP", "TV", "DNA", "VR", "AR", "IoT",
                       "EV", "ESG", "MBA", "PR", "SNS", "PC", "Covid", "COVID"})

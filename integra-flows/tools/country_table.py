#!/usr/bin/env python3
"""Builds src/main/resources/io/integra/flows/countries.csv, the name -> ISO3 table.

Base: Debian iso-codes (ISO 3166-1 current codes and 3166-3 withdrawn codes), read from
/usr/share/iso-codes/json. Every ISO name, official name, common name, alpha-3 and numeric code
becomes a key. Publisher spellings (IMF DOTS, UN DESA) that do not match an ISO name after
normalisation are listed in ALIASES below, by hand; aggregates and historical entities are
classified by hand too (the kinds come from shared/data/flows/imf-dots/entities.csv and
undesa-ims2019/SOURCE.md). Run: python3 country_table.py > ../src/main/resources/io/integra/flows/countries.csv
"""
import csv, json, sys, unicodedata, re

def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', ' ', s).strip()

iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
old = json.load(open('/usr/share/iso-codes/json/iso_3166-3.json'))['3166-3']

rows = {}  # key -> (key, iso3, kind, source)
def add(name, code, kind, source):
    k = name.strip()
    if k and k not in rows:
        rows[k] = (k, code, kind, source)

for c in iso:
    for f in ('name', 'official_name', 'common_name', 'alpha_3', 'numeric'):
        if f in c:
            add(c[f], c['alpha_3'], 'economy', 'iso-codes 3166-1 ' + f)
# publisher spellings -> ISO3 (matched by hand against the ISO names above)
ALIASES = {
 # IMF DOTS
 'Afghanistan, Islamic Rep. of': 'AFG', 'Armenia, Rep. of': 'ARM', 'Aruba, Kingdom of the Netherlands': 'ABW',
 'Azerbaijan, Rep. of': 'AZE', 'Bahamas, The': 'BHS', 'Bahrain, Kingdom of': 'BHR', 'Belarus, Rep. of': 'BLR',
 'Central African Rep.': 'CAF', 'China, P.R.: Hong Kong': 'HKG', 'China, P.R.: Macao': 'MAC',
 'China, P.R.: Mainland': 'CHN', 'Comoros, Union of the': 'COM', 'Congo, Dem. Rep. of the': 'COD',
 'Congo, Rep. of': 'COG', 'Croatia, Rep. of': 'HRV', 'Curaçao, Kingdom of the Netherlands': 'CUW',
 'Czech Rep.': 'CZE', 'Dominican Rep.': 'DOM', 'Egypt, Arab Rep. of': 'EGY', 'Equatorial Guinea, Rep. of': 'GNQ',
 'Eritrea, The State of': 'ERI', 'Estonia, Rep. of': 'EST', 'Eswatini, Kingdom of': 'SWZ',
 'Ethiopia, The Federal Dem. Rep. of': 'ETH', 'Fiji, Rep. of': 'FJI', 'Gambia, The': 'GMB',
 'Iran, Islamic Rep. of': 'IRN', 'Kazakhstan, Rep. of': 'KAZ', "Korea, Dem. People's Rep. of": 'PRK',
 'Korea, Rep. of': 'KOR', 'Kosovo, Rep. of': 'XKX', 'Kyrgyz Rep.': 'KGZ', "Lao People's Dem. Rep.": 'LAO',
 'Lesotho, Kingdom of': 'LSO', 'Madagascar, Rep. of': 'MDG', 'Marshall Islands, Rep. of the': 'MHL',
 'Mauritania, Islamic Rep. of': 'MRT', 'Micronesia, Federated States of': 'FSM', 'Moldova, Rep. of': 'MDA',
 'Mozambique, Rep. of': 'MOZ', 'Nauru, Rep. of': 'NRU', 'Netherlands, The': 'NLD',
 'North Macedonia, Republic of': 'MKD', 'Palau, Rep. of': 'PLW', 'Poland, Rep. of': 'POL',
 'San Marino, Rep. of': 'SMR', 'São Tomé and Príncipe, Dem. Rep. of': 'STP', 'Serbia, Rep. of': 'SRB',
 'Sint Maarten, Kingdom of the Netherlands': 'SXM', 'Slovak Rep.': 'SVK', 'Slovenia, Rep. of': 'SVN',
 'South Sudan, Rep. of': 'SSD', 'St. Kitts and Nevis': 'KNA', 'St. Lucia': 'LCA',
 'St. Vincent and the Grenadines': 'VCT', 'Syrian Arab Rep.': 'SYR', 'Taiwan Province of China': 'TWN',
 'Tajikistan, Rep. of': 'TJK', 'Tanzania, United Rep. of': 'TZA', 'Timor-Leste, Dem. Rep. of': 'TLS',
 'Uzbekistan, Rep. of': 'UZB', 'Venezuela, Rep. Bolivariana de': 'VEN', 'Vietnam': 'VNM',
 'West Bank and Gaza': 'PSE', 'Yemen, Rep. of': 'YEM', 'Kiribati': 'KIR', 'Bolivia': 'BOL',
 'Turkey': 'TUR', 'Russian Federation': 'RUS', 'Falkland Islands (Malvinas)': 'FLK', 'Holy See': 'VAT',
 'Cabo Verde': 'CPV', "Côte d'Ivoire": 'CIV', 'Brunei Darussalam': 'BRN', 'Libya': 'LBY',
 # UN DESA (M49 short names)
 'Bolivia (Plurinational State of)': 'BOL', 'Bonaire, Sint Eustatius and Saba': 'BES',
 'China, Hong Kong SAR': 'HKG', 'China, Macao SAR': 'MAC', "Dem. People's Republic of Korea": 'PRK',
 'Democratic Republic of the Congo': 'COD', 'Iran (Islamic Republic of)': 'IRN', "Lao People's Democratic Republic": 'LAO',
 'Micronesia (Fed. States of)': 'FSM', 'Republic of Korea': 'KOR', 'Republic of Moldova': 'MDA',
 'State of Palestine': 'PSE', 'United Republic of Tanzania': 'TZA', 'United States of America': 'USA',
 'Venezuela (Bolivarian Republic of)': 'VEN', 'Wallis and Futuna Islands': 'WLF', 'Channel Islands': 'XCI',  # user-assigned range, project choice
 'Saint Helena': 'SHN', 'Sint Maarten (Dutch part)': 'SXM', 'Saint Martin (French part)': 'MAF',
 'Viet Nam': 'VNM', 'United States Virgin Islands': 'VIR', 'Turkey ': 'TUR', 'North Macedonia': 'MKD', 'Eswatini': 'SWZ', 'Czechia': 'CZE',
 'Other North': 'OTHER-NORTH', 'Other South': 'OTHER-SOUTH',
}
HISTORICAL = {  # entities that no longer exist or are partial; excluded from dyads (own pseudo-codes)
 'Belgium-Luxembourg': 'H-BLX', 'Czechoslovakia': 'CSK', 'Eastern Germany': 'DDR', 'Malaysia, West': 'H-MYW',
 'Netherlands Antilles': 'ANT', 'Serbia and Montenegro': 'SCG', 'USSR': 'SUN', 'Yemen Arab Rep.': 'H-YAR',
 "Yemen, People's Dem. Rep. of": 'YMD', 'Yugoslavia': 'YUG',
}
AGGREGATE_NAMES = ['World', 'Caribbean', 'Melanesia', 'Micronesia', 'Polynesia', 'South America']
UNSPECIFIED = ['Other North', 'Other South']

dots = list(csv.DictReader(open('/work/shared/data/flows/imf-dots/entities.csv', encoding='utf-8')))
for e in dots:
    n = e['name']
    if n in HISTORICAL:
        add(n, HISTORICAL[n], 'historical', 'IMF DOTS entities.csv (historical_or_partial)')
    elif e['type'] == 'aggregate':
        kind = 'unspecified' if ('not specified' in n or 'not included' in n or n == 'Special Categories') else 'aggregate'
        add(n, 'WLD' if n == 'World' else 'AGG', kind, 'IMF DOTS entities.csv (aggregate)')
for n in AGGREGATE_NAMES:
    add(n, 'WLD' if n == 'World' else 'AGG', 'aggregate', 'UN DESA SOURCE.md (regional aggregate rows)' if n != 'World' else 'aggregate')
for n, c in ALIASES.items():
    if c.startswith('OTHER'):
        add(n, 'UNS', 'unspecified', 'UN DESA origin column (unspecified)')
    else:
        add(n.strip(), c, 'economy', 'alias (publisher spelling)')
for c in old:
    add(c['name'], c['alpha_3'], 'historical', 'iso-codes 3166-3 (withdrawn)')
add('Kosovo', 'XKX', 'economy', 'project choice: ISO 3166 user-assigned range')
add('W00', 'WLD', 'aggregate', 'UN Comtrade+ partner code for World')
add('000', 'WLD', 'aggregate', 'UN Comtrade numeric partner code for World')

# check every publisher name resolves
normkeys = {norm(k): v for k, v in rows.items()}
missing = []
for e in dots:
    if e['name'] not in rows and norm(e['name']) not in normkeys: missing.append(e['name'])
un = list(csv.reader(open('/work/shared/data/flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv', encoding='utf-8')))
for n in set(un[0][2:]) | set(x[1] for x in un[1:]):
    if n not in rows and norm(n) not in normkeys: missing.append(n)
if missing:
    sys.stderr.write('unmatched: %r\n' % sorted(set(missing)))
    sys.exit(1)
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['name', 'iso3', 'kind', 'source'])
for k in sorted(rows, key=lambda k: (rows[k][1], k)):
    w.writerow(rows[k])

"""find_actors on a table of short news sentences written for these tests.

Every sentence is coded with a small table of office holders written here (the built-in leaders.tsv
changes as it is kept current), and people coded by their titles have names no table lists; each row
lists the actors found, in order, as (name, country, role).
"""

import pytest

from tidings.actors import find_actors

LEADERS = """\
# office holders for the tests (facts as of 2024)
name\taliases\tcountry\trole\toffice\tstart\tend\tnote
Xi Jinping\tXi\tCHN\tGOV\thead_of_state\t2013-03-14\t\tPresident of China
Vladimir Putin\tPutin\tRUS\tGOV\thead_of_state\t2000-05-07\t2008-05-07
Vladimir Putin\tPutin\tRUS\tGOV\thead_of_government\t2008-05-08\t2012-05-07
Vladimir Putin\tPutin\tRUS\tGOV\thead_of_state\t2012-05-07
Barack Obama\tObama\tUSA\tGOV\thead_of_state\t2009-01-20\t2017-01-20
Angela Merkel\tMerkel\tDEU\tGOV\thead_of_government\t2005-11-22\t2021-12-08
Volodymyr Zelensky\tZelensky|Zelenskyy\tUKR\tGOV\thead_of_state\t2019-05-20
Benjamin Netanyahu\tNetanyahu\tISR\tGOV\thead_of_government\t2009-03-31\t2021-06-13
Benjamin Netanyahu\tNetanyahu\tISR\tGOV\thead_of_government\t2022-12-29
Sergei Lavrov\tLavrov\tRUS\tGOV\tforeign_minister\t2004-03-09
Emmanuel Macron\tMacron\tFRA\tGOV\thead_of_state\t2017-05-14
Boris Johnson\tJohnson\tGBR\tGOV\thead_of_government\t2019-07-24\t2022-09-06
Donald Trump\tTrump\tUSA\tGOV\thead_of_state\t2017-01-20\t2021-01-20
Ismail Haniyeh\tHaniyeh\tPSE\tGOV\thead_of_government\t2006-03-29\t2014-06-02
"""


@pytest.fixture(scope="module")
def leaders(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "leaders_test.tsv"
    path.write_text(LEADERS, encoding="utf-8")
    return str(path)


def actors(nlp, leaders, text, published):
    return find_actors(text, nlp(text), published=published, dictionaries=[leaders])


TABLE = [
    ('2024-02-09', 'Chinese President Xi Jinping met his Russian counterpart Vladimir Putin in Beijing.',
     [('Xi Jinping', 'CHN', 'GOV'), ('Vladimir Putin', 'RUS', 'GOV')]),
    ('2024-02-09', 'Beijing said the visit would deepen ties.',
     [('Beijing', 'CHN', 'GOV')]),
    ('2024-02-09', 'Moscow views Beijing as a crucial economic lifeline.',
     [('Moscow', 'RUS', 'GOV'), ('Beijing', 'CHN', 'GOV')]),
    ('2024-02-09', 'Putin flew to Beijing on Tuesday.',
     [('Vladimir Putin', 'RUS', 'GOV')]),
    ('2024-02-09', 'Thousands of protesters gathered in Moscow.',
     [('protesters', 'RUS', 'OPP')]),
    ('2024-02-09', 'Kremlin spokesman Dmitry Peskov told reporters the talks were constructive.',
     [('Dmitry Peskov', 'RUS', 'GOV'), ('reporters', None, 'MED')]),
    ('2024-02-09', 'The White House condemned the strike.',
     [('White House', 'USA', 'GOV')]),
    ('2024-02-09', 'The Pentagon said two US soldiers were wounded.',
     [('Pentagon', 'USA', 'MIL'), ('US soldiers', 'USA', 'MIL')]),
    ('2024-02-09', 'Israeli troops raided the Jenin refugee camp.',
     [('Israeli troops', 'ISR', 'MIL')]),
    ('2024-02-09', 'Iranian state media reported the launch.',
     [('Iranian state media', 'IRN', 'MED')]),
    ('2024-02-09', 'Ukrainian police detained three men.',
     [('Ukrainian police', 'UKR', 'COP'), ('men', None, None)]),
    ('2024-02-09', 'Opposition lawmakers walked out of parliament.',
     [('Opposition lawmakers', None, 'OPP'), ('parliament', None, 'LEG')]),
    ('2024-02-09', "Russia's foreign minister warned the West against escalation.",
     [("Russia's foreign minister", 'RUS', 'GOV'), ('the West', 'WST', None)]),
    ('2024-02-09', 'Western countries imposed new sanctions on Iran.',
     [('Western countries', 'WST', None), ('Iran', 'IRN', None)]),
    ('2024-02-09', 'Security forces fired tear gas at protesters in Nairobi.',
     [('Security forces', 'KEN', 'COP'), ('protesters', 'KEN', 'OPP')]),
    ('2024-02-09', 'Rebels seized the town, the army said.',
     [('Rebels', None, 'REB'), ('army', None, 'MIL')]),
    ('2024-02-09', 'Saudi Arabia and the United Arab Emirates restored relations with Qatar.',
     [('Saudi Arabia', 'SAU', None), ('United Arab Emirates', 'ARE', None), ('Qatar', 'QAT', None)]),
    ('2024-02-09', 'The Saudi crown prince received the Emirati delegation.',
     [('Saudi crown prince', 'SAU', 'GOV'), ('Emirati delegation', 'ARE', 'GOV')]),
    ('2024-02-09', "North Korea fired a ballistic missile, South Korea's military said.",
     [('North Korea', 'PRK', None), ("South Korea's military", 'KOR', 'MIL')]),
    ('2024-02-09', 'Japanese Prime Minister Haruto Sakamoto visited Washington.',
     [('Haruto Sakamoto', 'JPN', 'GOV')]),
    ('2024-02-09', 'Washington urged Tokyo to increase defence spending.',
     [('Washington', 'USA', 'GOV'), ('Tokyo', 'JPN', 'GOV')]),
    ('2010-06-01', 'Barack Obama signed the bill.',
     [('Barack Obama', 'USA', 'GOV')]),
    ('2019-06-01', 'Barack Obama criticized the decision.',
     [('Barack Obama', 'USA', 'ELI')]),
    ('2019-06-01', 'Former President Barack Obama criticized the decision.',
     [('Barack Obama', 'USA', 'ELI')]),
    ('2005-06-01', 'Vladimir Putin met Angela Merkel.',
     [('Vladimir Putin', 'RUS', 'GOV'), ('Angela Merkel', 'DEU', 'ELI')]),
    ('2010-06-01', 'Vladimir Putin met Angela Merkel.',
     [('Vladimir Putin', 'RUS', 'GOV'), ('Angela Merkel', 'DEU', 'GOV')]),
    ('2023-06-01', 'Angela Merkel gave a speech.',
     [('Angela Merkel', 'DEU', 'ELI')]),
    ('2019-01-01', 'Volodymyr Zelensky, a comedian, announced his candidacy.',
     [('Volodymyr Zelensky', 'UKR', 'ELI')]),
    ('2024-02-09', 'The UN Security Council met to discuss Gaza.',
     [('UN Security Council', 'IGO', 'IGO'), ('Gaza', 'PSE', None)]),
    ('2024-02-09', 'Israeli warplanes struck Gaza on Monday.',
     [('Israeli warplanes', 'ISR', 'MIL'), ('Gaza', 'PSE', None)]),
    ('2024-02-09', 'Protesters gathered in Gaza on Monday.',
     [('Protesters', 'PSE', 'OPP')]),
    ('2014-03-20', 'The minister visited Crimea after Crimea voted to join Russia.',
     [('minister', None, 'GOV'), ('Crimea', 'UKR', None), ('Russia', 'RUS', None)]),
    ('2024-02-09', 'NATO Secretary General Jens Stoltenberg said the alliance would respond.',
     [('Jens Stoltenberg', 'IGO', 'IGO')]),
    ('2024-02-09', 'The European Union agreed a new aid package for Ukraine.',
     [('European Union', 'IGO', 'IGO'), ('Ukraine', 'UKR', None)]),
    ('2024-02-09', 'The IAEA said Iran had enriched uranium to 60 percent.',
     [('International Atomic Energy Agency', 'IGO', 'IGO'), ('Iran', 'IRN', None)]),
    ('2024-02-09', 'The World Health Organization declared an emergency.',
     [('World Health Organization', 'IGO', 'HLH')]),
    ('2024-02-09', 'The IMF approved a loan to Pakistan.',
     [('International Monetary Fund', 'IGO', 'BUS'), ('Pakistan', 'PAK', None)]),
    ('2024-02-09', 'Hamas fighters attacked Israeli positions.',
     [('Hamas fighters', 'PSE', 'REB')]),
    ('2024-02-09', 'Hezbollah fired rockets at northern Israel.',
     [('Hezbollah', 'LBN', 'REB'), ('Israel', 'ISR', None)]),
    ('2024-02-09', 'The Taliban banned women from universities.',
     [('Taliban', 'AFG', 'GOV'), ('universities', None, 'EDU')]),
    ('2019-06-01', 'The Taliban attacked a police checkpoint.',
     [('Taliban', 'AFG', 'REB'), ('police checkpoint', None, 'COP')]),
    ('2024-02-09', 'Xinhua reported that Chinese warships entered the strait.',
     [('Xinhua', 'CHN', 'MED'), ('Chinese warships', 'CHN', 'MIL')]),
    ('2024-02-09', 'A Foreign Ministry spokesman in Beijing rejected the accusation.',
     [('Foreign Ministry spokesman', 'CHN', 'GOV')]),
    ('2024-02-09', 'The Indian government banned the app.',
     [('Indian government', 'IND', 'GOV')]),
    ('2024-02-09', 'Pakistani officials met Afghan representatives in Doha.',
     [('Pakistani officials', 'PAK', 'GOV'), ('Afghan representatives', 'AFG', None)]),
    ('2024-02-09', 'Turkish President Kemal Arslanoglu spoke with the Syrian rebels.',
     [('Kemal Arslanoglu', 'TUR', 'GOV'), ('Syrian rebels', 'SYR', 'REB')]),
    ('2024-02-09', 'The German chancellor arrived in Paris.',
     [('German chancellor', 'DEU', 'GOV')]),
    ('2024-02-09', 'Downing Street said the prime minister had spoken to Zelensky.',
     [('Downing Street', 'GBR', 'GOV'), ('prime minister', 'GBR', 'GOV'), ('Volodymyr Zelensky', 'UKR', 'GOV')]),
    ('2024-02-09', 'The Elysee said Emmanuel Macron would travel to Kyiv.',
     [('Élysée', 'FRA', 'GOV'), ('Emmanuel Macron', 'FRA', 'GOV')]),
    ('2024-02-09', 'French President Emmanuel Macron met the Ukrainian president in Kyiv. He promised more aid.',
     [('Emmanuel Macron', 'FRA', 'GOV'), ('Ukrainian president', 'UKR', 'GOV')]),
    ('2024-02-09', 'Sergei Lavrov arrived in New Delhi. The Russian foreign minister met Indian officials.',
     [('Sergei Lavrov', 'RUS', 'GOV'), ('Indian officials', 'IND', 'GOV')]),
    ('2024-02-09', 'Netanyahu said Israel would continue the war. He rejected a ceasefire.',
     [('Benjamin Netanyahu', 'ISR', 'GOV'), ('Israel', 'ISR', None)]),
    ('2022-06-01', 'Benjamin Netanyahu, the opposition leader, criticized the government.',
     [('Benjamin Netanyahu', 'ISR', 'ELI'), ('government', None, 'GOV')]),
    ('2024-02-09', 'Brazilian farmers blocked roads in protest.',
     [('Brazilian farmers', 'BRA', 'AGR')]),
    ('2024-02-09', 'Egyptian mediators met Hamas officials in Cairo.',
     [('Egyptian mediators', 'EGY', None), ('Hamas officials', 'PSE', 'REB')]),
    ('2024-02-09', 'Cairo rejected the plan.',
     [('Cairo', 'EGY', 'GOV')]),
    ('2024-02-09', 'The Venezuelan opposition called for a boycott.',
     [('Venezuelan opposition', 'VEN', 'OPP')]),
    ('2024-02-09', 'Nigerian soldiers killed dozens of Boko Haram militants.',
     [('Nigerian soldiers', 'NGA', 'MIL'), ('Boko Haram militants', 'NGA', 'REB')]),
    ('2024-02-09', 'Sudanese refugees arrived in Chad.',
     [('Sudanese refugees', 'SDN', 'REF'), ('Chad', 'TCD', None)]),
    ('2024-02-09', 'Kenyan doctors went on strike.',
     [('Kenyan doctors', 'KEN', 'HLH')]),
    ('2024-02-09', 'Students at Tehran University protested.',
     [('Students', None, 'EDU'), ('Tehran University', 'IRN', 'EDU')]),
    ('2024-02-09', 'Mexican authorities arrested a Sinaloa Cartel leader.',
     [('Mexican authorities', 'MEX', 'GOV'), ('Sinaloa Cartel leader', 'MEX', 'CRM')]),
    ('2024-02-09', 'Colombian President Mateo Quintero met FARC dissidents.',
     [('Mateo Quintero', 'COL', 'GOV'), ('FARC dissidents', 'COL', 'REB')]),  # an armed group's breakaways
    ('2024-02-09', 'The US State Department approved the arms sale to Taiwan.',
     [('State Department', 'USA', 'GOV'), ('Taiwan', 'TWN', None)]),
    ('2024-02-09', 'Chinese hackers targeted Taiwanese companies, Taipei said.',
     [('Chinese hackers', 'CHN', None), ('Taiwanese companies', 'TWN', 'BUS'), ('Taipei', 'TWN', 'GOV')]),
    ('2024-02-09', 'The Kremlin accused Kyiv of sabotage.',
     [('Kremlin', 'RUS', 'GOV'), ('Kyiv', 'UKR', 'GOV')]),
    ('2024-02-09', 'Protesters marched to the parliament. They demanded new elections.',
     [('Protesters', None, 'OPP'), ('parliament', None, 'LEG')]),
    ('2024-02-09', 'Mr. Smith, a lawyer, said his client was innocent.',
     [('Smith', None, 'JUD')]),
    ('2024-02-09', 'Americans and Canadians disagreed on the tariffs.',
     [('Americans', 'USA', None), ('Canadians', 'CAN', None)]),
    ('2024-02-09', 'The Chinese have long opposed the plan.',
     [('Chinese', 'CHN', None)]),
    ('2024-02-09', 'US-backed Syrian rebels clashed with pro-Russian separatists.',
     [('US-backed Syrian rebels', 'SYR', 'REB'), ('pro-Russian separatists', None, 'REB')]),
    ('2024-02-09', 'The Philippine coast guard accused Chinese vessels of ramming its ship.',
     [('Philippine coast guard', 'PHL', 'COP')]),
    ('2024-02-09', 'A Hamas official said talks with Israel had stalled.',
     [('Hamas official', 'PSE', 'REB'), ('Israel', 'ISR', None)]),
    ('2005-06-01', 'Opposition leader Benjamin Netanyahu visited Washington.',
     [('Benjamin Netanyahu', 'ISR', 'OPP')]),
    ('2024-02-09', 'Al-Shabaab militants attacked an Ethiopian army base in Somalia.',
     [('Al-Shabaab militants', 'SOM', 'REB'), ('Ethiopian army base', 'ETH', 'MIL'), ('Somalia', 'SOM', None)]),
    ('2024-02-09', 'Polish farmers blocked the border with Ukraine.',
     [('Polish farmers', 'POL', 'AGR'), ('Ukraine', 'UKR', None)]),
    ('2024-02-09', 'Vietnamese fishermen were detained by the Chinese coast guard.',
     [('Vietnamese fishermen', 'VNM', 'AGR'), ('Chinese coast guard', 'CHN', 'COP')]),
    ('2024-02-09', 'The Indonesian foreign minister called on Israel to stop the war.',
     [('Indonesian foreign minister', 'IDN', 'GOV'), ('Israel', 'ISR', None)]),
    ('2024-02-09', 'Putin said the president of France had no right to lecture Moscow.',
     [('Vladimir Putin', 'RUS', 'GOV'), ('president of France', 'FRA', 'GOV'), ('Moscow', 'RUS', 'GOV')]),
    ('2024-02-09', 'The Iraqi prime minister met the head of the IAEA in Baghdad.',
     [('Iraqi prime minister', 'IRQ', 'GOV'), ('head of the IAEA', 'IGO', 'IGO')]),
    ('2024-02-09', 'Hundreds of Kurdish fighters surrendered to Turkish forces.',
     [('Kurdish fighters', None, 'REB'), ('Turkish forces', 'TUR', 'MIL')]),
    ('2024-02-09', 'The Houthis fired a missile at a British tanker.',
     [('Houthis', 'YEM', 'REB')]),
    ('2024-02-09', 'Gunmen kidnapped a priest in northern Nigeria.',
     [('Gunmen', None, 'REB'), ('priest', None, 'REL'), ('Nigeria', 'NGA', None)]),
    ('2024-02-09', 'A Hamas-run health ministry said 27 people were killed.',
     [('Hamas-run health ministry', 'PSE', 'GOV'), ('people', None, None)]),
    ('2024-02-09', "Lebanon's parliament elected a new speaker.",
     [("Lebanon's parliament", 'LBN', 'LEG'), ('new speaker', 'LBN', 'LEG')]),  # a body's officer is its country's
    ('2023-12-01', 'Speaker Mike Johnson met Boris Johnson in London.',  # a shared surname is not the same person
     [('Mike Johnson', 'USA', 'LEG'), ('Boris Johnson', 'GBR', 'ELI')]),
    ('1985-06-01', 'The Soviet Union deployed missiles in Europe.',
     [('Soviet Union', 'USR', None)]),
    ('2024-02-09', 'Africa demanded a seat on the Security Council.',
     [('Africa', 'AFR', None), ('UN Security Council', 'IGO', 'IGO')]),
    ('2014-03-01', "Russia's Black Sea Fleet left Sevastopol.",
     [("Russia's Black Sea Fleet", 'RUS', 'MIL')]),
    # occupations and sectors take their CAMEO role (agents.tsv)
    ('2024-02-09', 'Striking miners blocked the highway to the port.',
     [('Striking miners', None, 'LAB')]),
    ('2024-02-09', 'Kenyan lecturers rejected the pay offer.',
     [('Kenyan lecturers', 'KEN', 'EDU')]),
    ('2024-02-09', 'The Brazilian truckers ended their strike.',
     [('Brazilian truckers', 'BRA', 'LAB')]),
    ('2024-02-09', 'Chinese regulators fined the bank.',
     [('Chinese regulators', 'CHN', 'GOV'), ('bank', None, 'BUS')]),
    ('2024-02-09', 'Nurses and paramedics marched to the health ministry.',
     [('Nurses', None, 'HLH'), ('paramedics', None, 'HLH'), ('health ministry', None, 'GOV')]),
    # generic heads take the role of their modifiers
    ('2024-02-09', 'Syrian insurgent groups shelled the town.',
     [('Syrian insurgent groups', 'SYR', 'REB')]),
    ('2024-02-09', 'The Egyptian military council met the envoy.',
     [('Egyptian military council', 'EGY', 'MIL'), ('envoy', None, 'GOV')]),
    ('2024-02-09', 'A group of hikers was rescued.', []),
    # a longer name around a known one is a body of its own
    ('2024-02-09', 'The UN Drug Agency opened an office in Lagos.',
     [('UN Drug Agency', 'IGO', 'IGO')]),
    ('2024-02-09', 'Toyota Group recalled the cars.',
     [('Toyota Group', 'JPN', 'BUS')]),
    ('2024-02-09', 'The Federal Foreign Office warned citizens.',  # not Britain's Foreign Office
     [('Federal Foreign Office', None, None), ('citizens', None, 'CVL')]),
    ('2024-02-09', 'Remain In European Union campaigners rallied.', []),  # a slogan, not a body
    # transnational militant groups are CAMEO's IMG, national ones keep their country
    ('2024-02-09', 'Islamic State fighters stormed a prison.',
     [('Islamic State fighters', 'IMG', 'REB')]),
    ('2024-02-09', 'Militants from al-Qaeda in the Islamic Maghreb kidnapped two tourists.',
     [('Militants from al-Qaeda in the Islamic Maghreb', 'IMG', 'REB'), ('tourists', None, None)]),
    ('2024-02-09', 'AQAP and al-Shabab condemned the raid.',
     [('al-Qaeda in the Arabian Peninsula', 'IMG', 'REB'), ('al-Shabaab', 'SOM', 'REB')]),
    # a nationality in the mention wins over the place it acts in, even written in lower case
    ('2024-02-09', 'Kenyan troops clashed with sudanese smugglers in the Egyptian desert.',
     [('Kenyan troops', 'KEN', 'MIL'), ('sudanese smugglers', 'SDN', 'CRM')]),
    ('2024-02-09', 'She ordered french fries.', []),
    # a country's name in lower or odd case is the country; one that is also a word is not
    ('2024-02-09', 'the minister wants to help iSrael and ukraine.',
     [('minister', None, 'GOV'), ('Israel', 'ISR', None), ('Ukraine', 'UKR', None)]),
    ('2024-02-09', 'She served turkey on fine china.', []),
    # a common noun the model finds a name in lower case is no name; a proper noun is
    ('2024-02-09', 'In 1967 he bought his first ice cream van.', []),
    ('2024-02-09', 'President obama expressed sorrow for the shootings.', [('obama', None, 'GOV')]),
    ('2024-02-09', 'Witnesses said the egyptian army shelled a swiss cheese factory.',
     [('egyptian army', 'EGY', 'MIL')]),
    # counted people are actors events can take as targets, coded as far as their words go
    ('2024-02-09', 'Police detained 14 people and several suspects.',
     [('Police', None, 'COP'), ('people', None, None), ('suspects', None, 'CRM')]),
    ('2024-02-09', 'Bandits abducted three Italian women and two missionaries.',
     [('Bandits', None, 'CRM'), ('Italian women', 'ITA', None), ('missionaries', None, 'REL')]),
    ('2024-02-09', 'The blast wounded dozens of passengers.',
     [('passengers', None, None)]),
    ('2024-02-09', 'People are angry about the prices.', []),
    ('2024-02-09', 'Troops shot a 17-year-old boy at the checkpoint.',
     [('Troops', None, 'MIL'), ('17-year-old boy', None, None)]),
    ('2024-02-09', 'A man walked into the shop.', []),
    ('2024-02-09', 'A suicide bomber attacked 12 Iraqi army trainees.',
     [('suicide bomber', None, 'REB'), ('Iraqi army trainees', 'IRQ', 'MIL')]),
    ('2024-02-09', 'The agency fed victims of the Sabah earthquake.',
     [('victims', None, 'CVL')]),
    # believers and civilians at a site take the country where the site lies; people from elsewhere do not
    ('2024-02-09', 'Gunmen opened fire on worshippers at a mosque in Kano.',
     [('Gunmen', None, 'REB'), ('worshippers', 'NGA', 'REL'), ('mosque', 'NGA', 'REL')]),
    ('2024-02-09', "Gunmen killed Christians at a shopping mall in Kenya's capital.",
     [('Gunmen', None, 'REB'), ('Christians', 'KEN', 'REL'), ('Kenya', 'KEN', None)]),
    ('2024-02-09', 'Al-Shabab claimed an attack on shoppers at a mall in Nairobi.',
     [('al-Shabaab', 'SOM', 'REB'), ('shoppers', 'KEN', 'CVL')]),
    ('2024-02-09', 'Gunmen kidnapped Chinese tourists at a hotel in Bamako.',
     [('Gunmen', None, 'REB'), ('Chinese tourists', 'CHN', None)]),
    ('2024-02-09', 'Security forces fired on Muslims at a mosque.',
     [('Security forces', None, 'COP'), ('Muslims', None, 'REL'), ('mosque', None, 'REL')]),
    ('2024-02-09', 'Rebels killed three village guards and wounded two weapons inspectors.',
     [('Rebels', None, 'REB'), ('village guards', None, 'COP'), ('weapons inspectors', None, None)]),
    ('2024-02-09', 'The charity helped victims of the war and relief workers.',
     [('charity', None, 'NGO'), ('victims', None, 'CVL'), ('relief workers', None, 'NGO')]),
    # a place an armed group holds stands for it; a thing an agent owns is the agent's
    ('2024-02-09', 'Shells hit the rebel-held enclave of Eastern Ghouta.',
     [('rebel-held enclave of Eastern Ghouta', 'SYR', 'REB')]),
    ('2024-02-09', 'Troops stormed the last insurgent-held town near Aleppo.',
     [('Troops', None, 'MIL'), ('insurgent-held town near Aleppo', 'SYR', 'REB')]),
    ('2024-02-09', 'Warships shelled the Houthi-held port of Hodeidah.',
     [('Warships', None, 'MIL'), ('Houthi-held port of Hodeidah', 'YEM', 'REB')]),
    ('2024-02-09', 'Insurgents ambushed a police convoy in Kenya.',
     [('Insurgents', None, 'REB'), ('police convoy', 'KEN', 'COP'), ('Kenya', 'KEN', None)]),
    ('2024-02-09', 'Syrian tanks shelled the village.',
     [('Syrian tanks', 'SYR', 'MIL')]),
    ('2024-02-09', 'A fuel truck overturned near the think tank.', []),
    ('2024-02-09', 'Bandits raided an army base in northern Mali.',  # a thing is where it is hit
     [('Bandits', None, 'CRM'), ('army base', 'MLI', 'MIL'), ('Mali', 'MLI', None)]),
    ('2024-02-09', 'The bishop thanked Central American priests.',
     [('bishop', None, 'REL'), ('Central American priests', 'LAM', 'REL')]),
    # a town the model takes for a person is the place attacked
    ('2024-02-09', 'The army bombed Mekelle.',
     [('army', None, 'MIL'), ('Mekelle', 'ETH', None)]),
    # accidents and disasters are no actors, whoever owns them
    ('2024-02-09', 'The board blamed the Air France jet crash on ice.', []),
    ('2024-02-09', "Rescuers searched the rubble after Turkey's earthquake.", []),
    # a storm's own name is no one's; a body named after storms is a body
    ('2019-03-20', 'Tropical Cyclone Idai hit Mozambique.', [('Mozambique', 'MOZ', None)]),
    ('2013-11-09', 'Typhoon Haiyan struck the Philippines.', [('Philippines', 'PHL', None)]),
    ('2024-02-09', 'The Storm Prediction Center warned of tornadoes.', [('Storm Prediction Center', None, None)]),
    ('2024-02-09', 'Three soldiers were killed by Israeli fire.',
     [('soldiers', None, 'MIL')]),
    # counted people with no nationality take the country of where they are struck; a nationality wins
    ('2024-02-09', 'Five children were killed in Israeli shelling in the Gaza Strip.',
     [('children', 'PSE', 'CVL')]),
    ('2024-02-09', 'Two people died in artillery shelling in the north of the Gaza Strip.',
     [('people', 'PSE', None)]),
    ('2024-02-09', 'Three civilians were wounded in an air strike in Aleppo.',
     [('civilians', 'SYR', 'CVL')]),
    ('2024-02-09', 'Israeli troops shot two people in Gaza.',
     [('Israeli troops', 'ISR', 'MIL'), ('people', 'PSE', None)]),
    ('2024-02-09', 'Hundreds of people fled their villages in Darfur.',
     [('people', 'SDN', None)]),
    ('2024-02-09', 'Eight Russian soldiers were killed in Ukraine.',
     [('Russian soldiers', 'RUS', 'MIL'), ('Ukraine', 'UKR', None)]),
    ('2024-02-09', 'Two tourists were stabbed in Egypt.',
     [('tourists', None, None), ('Egypt', 'EGY', None)]),
    # a crowd takes the role of the people it is of, when they have one
    ('2024-02-09', 'Crowds of Afghan refugees waited at the crossing.',
     [('Crowds of Afghan refugees', 'AFG', 'REF')]),
    ('2024-02-09', 'A crowd of people gathered in Cairo.',
     [('crowd', 'EGY', 'CVL')]),
    # peacekeepers are an IGO's military (CAMEO: IGOPKO), unless the text gives their nationality
    ('2024-02-09', 'Nepalese peacekeepers guarded the camp.',
     [('Nepalese peacekeepers', 'NPL', 'MIL')]),
    ('2024-02-09', 'Peacekeepers guarded the camp.',
     [('Peacekeepers', 'IGO', 'MIL')]),
    # a short name in parentheses is not part of the body's name; missiles are their owner's
    ('2024-02-09', 'The Foreign Office (FO) summoned the envoy.',
     [('Foreign Office', 'GBR', 'GOV'), ('envoy', None, 'GOV')]),
    ('2024-02-09', 'The Democratic Republic of Congo expelled the diplomat.',
     [('Democratic Republic of the Congo', 'COD', None), ('diplomat', None, 'GOV')]),
    ('2024-02-09', 'Iranian missiles struck an air base.',
     [('Iranian missiles', 'IRN', 'MIL')]),
    ('2024-02-09', 'A missile hit the town.', []),
    # a known surname the model reads as a noun but tags as a name ("trump" is a word too)
    ('2019-02-09', 'Trump has cancelled the summit.',
     [('Donald Trump', 'USA', 'GOV')]),
    # longer acronyms in title case, as British copy writes them; short ones stay exact
    ('2024-02-09', 'Farc has released three hostages.',
     [('FARC', 'COL', 'REB'), ('hostages', None, 'CVL')]),
    ('2024-02-09', 'A Republican state representative resigned on Monday.',
     [('Republican state representative', 'USA', 'LEG')]),
    # government forces are the armed forces of the one country the sentence places them in
    ('2024-02-09', 'Government forces bombarded rebel positions in Idlib province.',
     [('Government forces', 'SYR', 'MIL'), ('rebel positions', 'SYR', 'REB')]),
    ('2024-02-09', 'Government troops fought Turkish soldiers near Idlib.',
     [('Government troops', None, 'MIL'), ('Turkish soldiers', 'TUR', 'MIL')]),
    # ... not the government itself, and not by where someone else is based
    ('2024-02-09', 'The government thanked Japan for its assistance.',
     [('government', None, 'GOV'), ('Japan', 'JPN', None)]),
    ('2024-02-09', 'A UK-based monitor said government forces shelled rebel positions in Idlib province.',
     [('United Kingdom', 'GBR', None), ('government forces', 'SYR', 'MIL'), ('rebel positions', 'SYR', 'REB')]),
    # a body the tables do not know takes the place at the start of its name and the role of an agent word in it
    ('2024-02-09', 'The Texas Farm Bureau Federation opposed the bill.',
     [('Texas Farm Bureau Federation', 'USA', None)]),
    ('2024-02-09', 'The Government Ethics Office criticised the plan.',
     [('Government Ethics Office', None, 'GOV')]),
    ('2024-02-09', 'Maoists attacked a police post in Chhattisgarh.',
     [('Maoists', None, 'REB')]),
    # allies are those who stand with the country named, not of it; an alliance's allies are its members
    ('2024-02-09', "Ukraine's allies condemned the attack.",
     [("Ukraine's allies", None, None)]),
    ('2024-02-09', 'NATO allies agreed to send tanks.',
     [('NATO allies', 'IGO', 'IGO')]),
    ('2024-02-09', 'Western allies agreed to send tanks.',
     [('Western allies', 'WST', None)]),
    # critics and opponents of a state's government, legislature or courts are its opposition ...
    ('2024-02-09', 'Kremlin critics were jailed.', [('Kremlin critics', 'RUS', 'OPP')]),
    ('2024-02-09', 'Opponents of the Syrian regime seized the town.',
     [('Opponents of the Syrian regime', 'SYR', 'OPP')]),
    ('2024-02-09', 'Critics of President Sisi were arrested.',
     [('Critics of President Sisi', 'EGY', 'OPP'), ('Abdel Fattah el-Sisi', 'EGY', 'GOV')]),
    ('2024-02-09', 'Kremlin critic Alexei Navalny was jailed.', [('Alexei Navalny', 'RUS', 'OPP')]),
    # ... critics of a country or of a plan are no one's, nor is a critic of films
    ('2024-02-09', 'Film critic Roger Ebert died.', [('Roger Ebert', None, None)]),
    ('2024-02-09', 'Critics of Israel said the raid was illegal.', [('Israel', 'ISR', None)]),
    ('2024-02-09', 'Critics of the plan said it would fail.', []),
    # the news media the news quote most are their country's media
    ('2024-02-09', 'NPR reported that Politico and the Los Angeles Times had the story.',
     [('NPR', 'USA', 'MED'), ('Politico', 'USA', 'MED'), ('Los Angeles Times', 'USA', 'MED')]),
    ('2016-08-01', "Ayotte returned the donations after USA TODAY's reporting.",
     [('Ayotte', None, None), ('USA Today', 'USA', 'MED')]),
    # a dateline after the headline is where the story was filed, no actor
    ('2024-02-09', 'Talks resume. ISLAMABAD, Pakistan — Pakistan agreed Monday to free the prisoners.',
     [('Pakistan', 'PAK', None), ('prisoners', None, 'CVL')]),
    # a legislature's judiciary, intelligence and armed services committees are the legislature's
    ('2024-02-09', 'The House Judiciary Committee criticized the FBI.',
     [('House Judiciary Committee', None, 'LEG'), ('Federal Bureau of Investigation', 'USA', 'COP')]),
    ('2024-02-09', 'The Senate Intelligence Committee met.', [('Senate Intelligence Committee', None, 'LEG')]),
    ('2024-02-09', "Pakistan's judiciary rejected the plea.", [("Pakistan's judiciary", 'PAK', 'JUD')]),
    # a first name the model left out of a person's name is still theirs ("Raheem Kassam", not two people)
    ('2024-02-09', 'Breitbart London’s Raheem Kassam will call in from London to discuss the crisis.',
     [('Raheem Kassam', 'USA', 'MED')]),
    # ... but a title before the name stays a title
    ('2024-02-09', 'Business Manager Sam Herrick continues to negotiate.', [('Sam Herrick', None, 'BUS')]),
    ('2024-02-09', 'Commissioners Stanley Thomas and John Pethel agreed.',
     [('Stanley Thomas', None, None), ('John Pethel', None, None)]),
    # the State of the Union is an address, no labour union
    ('2016-01-11', "Obama's final State of the Union address angered the party.",
     [('Barack Obama', 'USA', 'GOV'), ('party', None, 'PTY')]),
    # exiles are the opposition of the country they left; a community is what its words make it
    ('2000-01-08', 'The Cuban exile community called for civil disobedience.',
     [('Cuban exile community', 'CUB', 'OPP')]),
    ('2000-01-08', 'Two Cuban exile leaders were arrested.', [('Cuban exile leaders', 'CUB', 'OPP')]),
    ('2000-01-08', 'He lived in exile in Paris.', []),
    ('2024-02-09', 'The business community welcomed the plan.', [('business community', None, 'BUS')]),
    # a company's subsidiary is business, of the country named
    ('2024-02-09', 'The U.S. subsidiary agreed to buy the chain.', [('U.S. subsidiary', 'USA', 'BUS')]),
    # a possessive whose owner is a person already named opens no other phrase
    ('2016-09-10', 'Westmacott praised Obama’s presidency.',
     [('Westmacott', None, None), ('Barack Obama', 'USA', 'GOV'), ('presidency', None, 'GOV')]),
    # asylum-seekers are refugees, hyphen or not
    ('2024-02-09', 'Asylum-seekers went on hunger strike.',
     [('Asylum-seekers', None, 'REF')]),
    # a company's officers are business, not the military's
    ('2024-02-09', 'The chief financial officer resigned.',
     [('chief financial officer', None, 'BUS')]),
    # SWAT teams are police
    ('2024-02-09', 'SWAT officers surrounded the home.',
     [('SWAT officers', None, 'COP')]),
    # attorneys are the judiciary's, as lawyers and prosecutors are
    ('2024-02-09', 'The U.S. attorney opposed the request.',
     [('U.S. attorney', 'USA', 'JUD')]),
    # a past tense the parser hung on a noun ends the phrase: the military, not "military seized power"
    ('2021-02-01', "Myanmar's military seized power on Monday.", [("Myanmar's military", 'MMR', 'MIL')]),
    # a body-tagged name with a person's title in apposition is a person, whom the surname names again
    ('2016-07-16', 'Erdogan blamed the movement of Fethullah Gulen, a U.S.-based Muslim cleric, and said the '
     'plotters would pay. Gulen denied any involvement.',
     [('Recep Tayyip Erdoğan', 'TUR', 'GOV'), ('Fethullah Gulen', None, 'REL')]),
    # a person's aide is of the person's country, and of the person's role where the title gives none;
    # the aide is someone else
    ('2021-01-18', "U.S. President-elect Joe Biden's national security adviser, Jake Sullivan, called for calm.",
     [('Joe Biden', 'USA', 'GOV'), ('Jake Sullivan', 'USA', 'GOV')]),
    ('2024-02-09', "Putin's spokesman said the talks went well.",
     [('Vladimir Putin', 'RUS', 'GOV'), ('spokesman', 'RUS', 'GOV')]),
    # bare officers are the police's once the police are named, the army's otherwise
    ('2024-02-09', 'Police said eight officers were injured.', [('Police', None, 'COP'), ('officers', None, 'COP')]),
    ('2024-02-09', 'The officers seized the town.', [('officers', None, 'MIL')]),
    # people are not of the place they arrive in
    ('2024-12-08', 'Assad and his family had arrived in Moscow.',
     [('Bashar al-Assad', 'SYR', 'GOV'), ('family', None, 'CVL')]),
    # a named body's leader, after "whose", is the body's
    ('2024-12-08', 'The offensive was led by Hayat Tahrir al-Sham, whose leader Abu Mohammed al-Golani told '
     'crowds that the victory was new.',
     [('Hayat Tahrir al-Sham', 'SYR', 'REB'), ('Abu Mohammed al-Golani', 'SYR', 'REB'), ('crowds', None, 'CVL')]),
    # a party letter and a US home after a name mark a US lawmaker
    ('2016-05-10', 'Rep. Bob Goodlatte (R-Va.) and Harry M. Reid (D-Nev.) wrote to Nancy Pelosi, D-Calif.',
     [('Bob Goodlatte', 'USA', 'LEG'), ('Harry M. Reid', 'USA', 'LEG'), ('Nancy Pelosi', 'USA', 'LEG')]),
    # ... or a state's postal code
    ('2016-08-31', 'Sen. Jeff Sessions (R-AL) criticized the plan.', [('Jeff Sessions', 'USA', 'LEG')]),
    # a party's one-word name before a title is the party's; opening a longer name, it is not
    ('2016-05-10', 'Democratic presidential candidate Bernie Sanders met Pope Francis.',
     [('Bernie Sanders', 'USA', 'PTY'), ('Pope Francis', 'VAT', 'REL')]),
    ('2016-05-10', 'The Republican Guard and the Democratic Alliance criticized the plan.',
     [('Republican Guard', None, None), ('Democratic Alliance', None, None)]),
    # a person's name "of" a country, a place or a body is theirs
    ('2024-02-09', 'Defense Minister Mahamat Doumbia of Chad met Interior Minister Hamid Sow of Niger.',
     [('Mahamat Doumbia', 'TCD', 'GOV'), ('Chad', 'TCD', None), ('Hamid Sow', 'NER', 'GOV'),
      ('Niger', 'NER', None)]),
    ('2016-05-10', 'Sen. Brian Schatz of Hawaii criticized the rules.',
     [('Brian Schatz', 'USA', 'LEG')]),
    # a title in apposition names the person whose first name the model left out ("Oleksandr" as a place)
    ('2024-02-09', 'The governor of Kherson, Oleksandr Prokudin, said two people died.',
     [('Oleksandr Prokudin', 'UKR', 'GOV'), ('people', None, None)]),
    # a short name two bodies share means the one of the article's countries, or the one it names in full
    ('2023-05-01', "Sudan's army and the RSF agreed to a ceasefire.",
     [("Sudan's army", 'SDN', 'MIL'), ('Rapid Support Forces', 'SDN', 'REB')]),
    ('2023-05-01', 'RSF condemned the arrest of two journalists.', [('Reporters Without Borders', 'NGO', 'MED'),
                                                                     ('journalists', None, 'MED')]),
    ('2023-05-01', 'Reporters Without Borders (RSF) said two journalists were killed in Sudan. RSF called for an '
     'inquiry.', [('Reporters Without Borders', 'NGO', 'MED'), ('journalists', None, 'MED'), ('Sudan', 'SDN', None)]),
    # a former office holder the text gives another office is of that office; the office held before
    # is no title now
    ('2024-01-10', "Hamas's political bureau chief Ismail Haniyeh met Iran's supreme leader.",
     [('Ismail Haniyeh', 'PSE', 'REB'), ("Iran's supreme leader", 'IRN', 'GOV')]),
    ('2019-05-10', 'President Obama criticized the plan.', [('Barack Obama', 'USA', 'ELI')]),
    # a state "of" a place is that place, no group
    ('2021-03-22', "Myanmar nationals fled to India's northeastern state of Mizoram.",
     [('Myanmar nationals', 'MMR', None), ('India', 'IND', None)]),
    # a name after a title the model took for places, a word each, is the titled person's
    ('2018-10-10', 'Saudi dissident Jamal Khashoggi was killed.', [('Jamal Khashoggi', 'SAU', 'OPP')]),
    # a country's dissidents are its opposition (an armed group's keep its role: FARC dissidents, above)
    ('2024-01-10', 'Chinese dissidents protested.', [('Chinese dissidents', 'CHN', 'OPP')]),
    # the US vice president and congressional leaders are in the leaders table; a former Senate leader
    # the text calls a senator is a legislator, one it calls former an elite
    ('2022-05-10', 'Pelosi endorsed Harris.', [('Nancy Pelosi', 'USA', 'LEG'), ('Kamala Harris', 'USA', 'GOV')]),
    ('2024-05-10', 'Sen. Mitch McConnell criticized the plan.', [('Mitch McConnell', 'USA', 'LEG')]),
    ('2024-05-10', 'Former Speaker Nancy Pelosi criticized the plan.', [('Nancy Pelosi', 'USA', 'ELI')]),
    # the Pope is the Vatican's, named or not; the Coptic pope is Egypt's
    ('2024-01-10', 'Pope Francis called for a ceasefire.', [('Pope Francis', 'VAT', 'REL')]),
    ('2024-01-10', 'The pontiff called for a ceasefire.', [('Pope', 'VAT', 'REL')]),
    ('2024-01-10', 'Coptic Pope Tawadros II condemned the attack.', [('Tawadros II', 'EGY', 'REL')]),
    # "newly elected" stays in the title: London's mayor
    ('2018-05-10', "Trump criticised London's newly elected mayor Sadiq Khan.",
     [('Donald Trump', 'USA', 'GOV'), ('Sadiq Khan', 'GBR', 'GOV')]),
    # a committee named for a city is about it, not of its country; a country before a commission is its seat
    ('2016-05-10', 'The Benghazi committee requested documents.', [('Benghazi committee', None, None)]),
    ('2016-05-10', 'The Kenya electoral commission rejected the claims.',
     [('Kenya electoral commission', 'KEN', 'GOV')]),
    # supporters are people, counted or qualified; a person's supporters are neither of his country nor his role
    ('2024-02-09', 'Russian police detained dozens of supporters of opposition leader Alexei Navalny.',
     [('Russian police', 'RUS', 'COP'), ('supporters', None, None), ('Alexei Navalny', None, 'OPP')]),
    ('2016-05-10', 'Trump supporters attacked the protesters.',
     [('Trump supporters', None, None), ('protesters', None, 'OPP')]),
    # a known name inside an entity the model ran on over "and" is still that name
    ('2009-03-05', 'Sudan expelled aid workers from Save the Children and Oxfam.',
     [('Sudan', 'SDN', None), ('aid workers', None, 'NGO'), ('Save the Children', 'NGO', 'NGO'),
      ('Oxfam', 'NGO', 'NGO')]),
    # groups for or against someone are neither of his country nor of his role
    ('2016-05-10', 'Anti-Trump groups did not invest in Arizona.', [('Anti-Trump groups', None, None)]),
    # a street is no person; "Officer" before a name is a police officer's title
    ('2009-03-10', 'Officer Michael Trotter responded to the 500 block of Kelley Lane.',
     [('Michael Trotter', None, 'COP')]),
    ('2009-03-10', "Police cordoned off Guay's properties at 180 Clinton St. and on Villanova Drive.",
     [('Police', None, 'COP'), ('Guay', None, None)]),
    # a surname two office holders share on the date is the one leading the state (Fidel, not Raúl, his
    # defence minister)
    ('2000-06-01', 'Cuban exiles failed to overthrow Castro in 1961.',
     [('Cuban exiles', 'CUB', 'OPP'), ('Fidel Castro', 'CUB', 'GOV')]),
    # an armed side's targets stand for it where struck; a firm's targets are no actor
    ('2024-01-01', 'Turkish warplanes struck Kurdish militant targets in northern Iraq.',
     [('Turkish warplanes', 'TUR', 'MIL'), ('Kurdish militant targets', 'IRQ', 'REB'), ('Iraq', 'IRQ', None)]),
    ('2024-01-01', 'The company missed its sales targets.', [('company', None, 'BUS')]),
    # an amount the model tags into the name before it is not the name's
    ('2024-01-01', 'The European Commission fined Apple 1.8 billion euros.',
     [('European Commission', 'IGO', 'IGO'), ('Apple', 'USA', 'BUS')]),
    # people or a group "from" a body or person are theirs, as "of" them
    ('2024-01-01', 'Rebels from the M23 group seized Goma.',
     [('Rebels from the M23 group', 'COD', 'REB'), ('Goma', 'COD', None)]),
    ('2024-01-01', 'A delegation from Hamas arrived in Cairo.', [('delegation from Hamas', 'PSE', 'REB')]),
    # armed groups the news names
    ('2024-01-01', "Members of the New People's Army violated the holiday ceasefire.",
     [("Members of the New People's Army", 'PHL', 'REB')]),
    ('2024-01-01', 'The YPG accused Turkey of shelling Kobani.',
     [("People's Protection Units", 'SYR', 'REB'), ('Turkey', 'TUR', None)]),
    # regional blocs
    ('2024-12-06', 'The EU and Mercosur signed a free trade agreement.',
     [('European Union', 'IGO', 'IGO'), ('Mercosur', 'IGO', 'IGO')]),
    # a bare number of people who protest is a crowd of protesters, of where they protest; not who else
    ('2024-01-01', 'Thousands rallied in Tel Aviv demanding a hostage deal.',
     [('Thousands', 'ISR', 'OPP')]),
    ('2024-01-01', 'Tens of thousands marched in Belgrade against the government.',
     [('Tens of thousands', 'SRB', 'OPP'), ('government', 'SRB', 'GOV')]),
    ('2024-01-01', 'Thousands protested in Dhaka.', [('Thousands', 'BGD', 'OPP')]),
    ('2024-01-01', 'Thousands were killed in Gaza.', []),
    # a group loyal or opposed to a state's government or leader is of its country; to a country, of none
    ('2024-01-01', 'Troops loyal to the Syrian government shelled Homs.',
     [('Troops', 'SYR', 'MIL'), ('Syrian government', 'SYR', 'GOV'), ('Homs', 'SYR', None)]),
    ('2011-03-01', 'The police investigated the rebel forces opposed to Libyan leader Muammar Gaddafi.',
     [('police', 'LBY', 'COP'), ('rebel forces', 'LBY', 'REB'), ('Muammar Gaddafi', 'LBY', 'GOV')]),
    ('2024-01-01', 'Militias loyal to Iran attacked US bases.',
     [('Militias', None, 'REB'), ('Iran', 'IRN', None), ('United States', 'USA', None)]),
    ('2024-01-01', 'Militants opposed to the government attacked a checkpoint.',
     [('Militants', None, 'REB'), ('government', None, 'GOV')]),
    # the people of a part of a country are of that country
    ('2024-01-01', 'Chechen rebels attacked a checkpoint.', [('Chechen rebels', 'RUS', 'REB')]),
    ('2024-01-01', 'Rohingya refugees fled to Bangladesh.',
     [('Rohingya refugees', 'MMR', 'REF'), ('Bangladesh', 'BGD', None)]),
    # ... and stay apart from its other side
    ('2008-08-08', 'South Ossetian officials accused Georgian officials of lying.',
     [('South Ossetian officials', 'GEO', 'GOV'), ('Georgian officials', 'GEO', 'GOV')]),
    # companies the news names most
    ('2024-02-09', 'Twitter and YouTube removed the videos after Goldman Sachs complained.',
     [('Twitter', 'USA', 'BUS'), ('YouTube', 'USA', 'BUS'), ('Goldman Sachs', 'USA', 'BUS')]),
    # "Emirates" alone is the airline; the country is "the Emirates", the UAE
    ('2017-06-05', 'Etihad, Emirates and Flydubai suspended flights to Doha.',
     [('Etihad Airways', 'ARE', 'BUS'), ('Emirates', 'ARE', 'BUS'), ('flydubai', 'ARE', 'BUS')]),
    ('2017-06-05', 'Saudi Arabia and the Emirates cut ties with Qatar.',
     [('Saudi Arabia', 'SAU', None), ('United Arab Emirates', 'ARE', None), ('Qatar', 'QAT', None)]),
    # the national committees of the two US parties are party bodies
    ('2016-05-10', 'The RNC criticized the DNC.',
     [('Republican National Committee', 'USA', 'PTY'), ('Democratic National Committee', 'USA', 'PTY')]),
    # the name a place noun is "of" is the place's, not a person's, whatever the model tags it
    ('2023-06-24', 'Wagner fighters seized the city of Rostov-on-Don.',
     [('Wagner fighters', 'RUS', 'MIL'), ('Rostov-on-Don', 'RUS', None)]),
    # coordinated countries before a group's noun: each country's group, of the noun's role
    ('2024-02-09', 'Indian and Chinese troops clashed in the Galwan Valley.',
     [('Indian troops', 'IND', 'MIL'), ('Chinese troops', 'CHN', 'MIL')]),
    ('2024-02-09', 'French, German and Italian troops arrived in Mali.',
     [('French troops', 'FRA', 'MIL'), ('German troops', 'DEU', 'MIL'), ('Italian troops', 'ITA', 'MIL'),
      ('Mali', 'MLI', None)]),
    # a head of Hong Kong's government is its government, not a company's chief executive
    ('2019-06-16', 'Protesters called for Chief Executive Carrie Lam to resign.',
     [('Protesters', None, 'OPP'), ('Carrie Lam', 'HKG', 'GOV')]),
]


@pytest.mark.parametrize(("published", "text", "expected"), TABLE, ids=[t for _, t, _ in TABLE])
def test_sentence_actors_are_coded(nlp, leaders, published, text, expected):
    assert [(a.name, a.country, a.role) for a in actors(nlp, leaders, text, published)] == expected


CODES = [
    ('UN peacekeepers came under fire in Mali.', 'UN peacekeepers', 'IGOUNOPKO'),
    ('Two peacekeepers were wounded near the border.', 'peacekeepers', 'IGOPKO'),
    ('Nepalese peacekeepers guarded the camp.', 'Nepalese peacekeepers', 'NPLMIL'),
]


@pytest.mark.parametrize(("text", "name", "code"), CODES, ids=[t for t, _, _ in CODES])
def test_peacekeepers_take_cameo_codes(nlp, leaders, text, name, code):
    assert {a.name: a.code for a in actors(nlp, leaders, text, '2024-02-09')}[name] == code

namespace KnowledgeGraph.Tests.TestSupport;

/// <summary>A hand-written gazetteer covering the entities the recognise and resolve tests need.</summary>
internal static class SmallGazetteer
{
    public const string Yaml = """
        entities:
          - {id: china, name: China, type: Country, aliases: ["People's Republic of China"], acronyms: [PRC], demonyms: [Chinese, Sino], capital: beijing, metonyms: [Beijing]}
          - {id: beijing, name: Beijing, type: Place, subtype: capital}
          - {id: afghanistan, name: Afghanistan, type: Country, demonyms: [Afghan], capital: kabul, metonyms: [Kabul]}
          - {id: kabul, name: Kabul, type: Place, subtype: capital}
          - {id: pakistan, name: Pakistan, type: Country, demonyms: [Pakistani], capital: islamabad, metonyms: [Islamabad]}
          - {id: islamabad, name: Islamabad, type: Place, subtype: capital}
          - {id: united-states, name: United States, type: Country, aliases: [America], acronyms: [US, U.S.], demonyms: [American]}
          - {id: kazakhstan, name: Kazakhstan, type: Country, aliases: [Republic of Kazakhstan], demonyms: [Kazakh]}
          - {id: uzbekistan, name: Uzbekistan, type: Country, demonyms: [Uzbek], capital: tashkent, metonyms: [Tashkent]}
          - {id: tashkent, name: Tashkent, type: Place, subtype: capital}
          - {id: austria, name: Austria, type: Country}
          - {id: australia, name: Australia, type: Country}
          - {id: uyghurs, name: Uyghurs, type: Group, aliases: [Uyghur, Uygur, Uighur, Uighurs, Uygurs]}
          - {id: afghan-republic, name: Islamic Republic of Afghanistan, type: Organisation, subtype: government, aliases: [{text: the Republic, when: [afghanistan], case_sensitive: true}]}
          - {id: taliban, name: Taliban, type: Organisation, subtype: militant_group, aliases: [Afghan Taliban]}
          - {id: ttp, name: Tehrik-e-Taliban Pakistan, type: Organisation, subtype: militant_group, aliases: [Tehrik-i-Taliban Pakistan, Pakistani Taliban], acronyms: [TTP]}
          - {id: islamic-state, name: Islamic State, type: Organisation, subtype: militant_group, acronyms: [IS, ISIS]}
          - {id: iskp, name: Islamic State Khorasan Province, type: Organisation, subtype: militant_group, aliases: [Islamic State Khorasan, Islamic State of Khorasan Province], acronyms: [IS-K, ISIS-K]}
          - {id: turkestan-islamic-party, name: Turkestan Islamic Party, type: Organisation, subtype: militant_group, aliases: [East Turkestan Islamic Movement]}
          - {id: cpec, name: China-Pakistan Economic Corridor, type: Project, subtype: corridor, acronyms: [CPEC]}
          - {id: five-eyes, name: Five Eyes, type: Organisation, subtype: intergovernmental}
          - {id: petrochina, name: PetroChina, type: Organisation, subtype: state_company}
          - {id: xi-jinping, name: Xi Jinping, type: Person, alone: [Xi]}
          - {id: ashraf-ghani, name: Ashraf Ghani, type: Person}
          - {id: abdul-ghani-baradar, name: Abdul Ghani Baradar, type: Person, aliases: [Mullah Baradar, Mullah Abdul Ghani Baradar]}
          - {id: amrullah-saleh, name: Amrullah Saleh, type: Person}
          - {id: wang-yi, name: Wang Yi, type: Person, short: []}
          - {id: wang-yu, name: Wang Yu, type: Person, short: []}
          - {id: zamir-kabulov, name: Zamir Kabulov, type: Person}
          - {id: yun-sun, name: Yun Sun, type: Person, short: [Sun]}
          - {id: svante-cornell, name: Svante Cornell, type: Person, short: [Cornell]}
        cues:
          person_titles: [President, Foreign Minister, Finance Minister, Minister, Secretary of State, Secretary, Ambassador, Mullah, Professor, professor]
          project_suffixes: [Railway, Dam]
          organisation_suffixes: [Institute, University, Brigade, Corporation, Ministry]
          organisation_prefixes: [Ministry of]
          place_cues: [province, valley]
          event_cues: [summit, attack]
          stop_words: [The, This, But, Yet, In, While, Prior, University]
          person_roles: [analyst, correspondent, fellow, manager, director]
          organisation_descriptions: [network, newspaper, firm, company]
          place_descriptions: [city, capital]
          speech_verbs: [said, says]
          name_connectors: [of, and, for, the, al, bin, de, ul, "-"]
          place_locatives: [in, at, to, from, near, visited, north, downtown]
          place_of_nouns: [takeover, fall, streets]
          route_words: [run, railway, travel]
          place_appositions: [capital, city]
          owed_words: [owes, debt]
          language_words: [Mandarin, learning, teaching]
          language_after: [is, was, in, and]
          town_subtypes: [city, capital, district]
          town_nouns: [town, city]
          role_place_prepositions: [to, for, in]
          body_modifier_ends: [owned, based]
        """;
}

// Words about names from the many communities the Support Line hears. Names
// are found mostly by their structure (see NameRecognition.swift); these
// lists are small and written for this project. Lower case, diacritics
// written plainly ("ni" for "Ní"), as the scrubber reads words.

extension WordLists {
  /// Particles that join the parts of a name: "de la Cruz", "van der Berg",
  /// "bin Hamad", "Ní Bhriain", "Mac an tSaoir", "ap Gwilym", "dos Santos".
  static let nameParticles = """
    de da das do dos di del della delle dei degli dal dalla du des le la les van von der den ter ten
    st ste saint mac mc nic ni o ua ui mhic ap ab ferch verch bin bint ibn ben bat al el abu umm
    y yr e an a na nam nan i
    """

  /// Peoples, nationalities and languages, and the places callers come from:
  /// ordinary words in a note ("Cypriot", "Farsi", "Brazilian"), not names.
  static let peoplesAndPlaces = """
    african american arab arabic asian australian bangladeshi basque bengali brazilian british
    bulgarian cantonese caribbean chinese colombian cypriot czech dutch egyptian english eritrean
    ethiopian european farsi filipino french gaelic german ghanaian greek gujarati hindi hungarian
    indian iranian iraqi irish italian jamaican japanese kenyan korean kurdish latvian lebanese
    lithuanian madeiran malaysian mandarin moldovan moroccan nigerian pakistani persian polish
    portuguese punjabi romanian russian scottish sikh sinhala slovak somali spanish sudanese syrian
    tamil tigrinya trinidadian turkish twi ukrainian urdu vietnamese welsh yoruba igbo hausa amharic
    swahili tagalog hebrew yiddish bajan barbadian lucian jamaica trinidad barbados ghana nigeria
    somalia eritrea ethiopia kenya uganda sudan egypt morocco iran iraq syria lebanon turkey cyprus
    greece italy spain portugal france germany poland romania bulgaria ukraine russia lithuania
    latvia albania kosovo serbia croatia bosnia china vietnam korea japan india pakistan bangladesh
    lanka brazil colombia mexico jersey gibraltar madeira
    thai nepali afghan pashto dari malay indonesian taiwanese zimbabwean zambian congolese cameroonian
    gambian senegalese ivorian libyan algerian tunisian yemeni saudi emirati jordanian palestinian
    israeli armenian georgian azerbaijani uzbek kazakh afrikaans zulu xhosa ndebele lingala wolof
    fula krio patois creole haitian guyanese grenadian cuban mexican peruvian chilean argentinian
    venezuelan ecuadorian catalan galician sicilian maltese slovenian estonian finnish swedish
    norwegian danish icelandic belgian swiss austrian macedonian albanian kosovan serbian croatian
    bosnian romani sylheti mirpuri pahari hakka teochew hokkien shanghainese lankan ugandan
    kurmanji sorani badini zazaki yezidi assyrian chaldean aramaic
    guinean malian liberian leonean rwandan burundian tanzanian malawian mozambican angolan namibian
    chadian togolese beninese burkinabe mauritian comorian djiboutian omani qatari kuwaiti bahraini
    tajik kyrgyz mongolian tibetan burmese cambodian khmer laotian singaporean fijian samoan
    tongan maori bolivian paraguayan uruguayan dominican salvadoran guatemalan honduran nicaraguan
    panamanian belizean bahamian antiguan vincentian kittitian tobagonian bermudian cornish manx
    hebridean orcadian belarusian montenegrin luxembourgish faroese sindhi balochi kashmiri malayali
    telugu kannada marathi odia assamese konkani nepalese bhutanese maldivian sinhalese hazara uyghur
    hmong filipina macanese fujianese okinawan somaliland sudani ogoni ewe fante ashanti akan kikuyu
    kalenjin oromo tigrayan amhara
    """

  /// Given names that are also English words: virtues, plants and stones,
  /// seasons and weather, and short forms ("Rich", "Drew", "Art"). They read
  /// as names only where a name stands: the subject of a verb at the start of
  /// a note ("Drew rang"), beside another name, after a title or cue, in a
  /// possessive before a relation. Each is listed in `EverydayVocabulary.namesakes` too.
  static let wordNames = """
    grace hope faith joy patience mercy charity prudence constance verity honour honor chastity
    temperance precious blessing gift favour comfort peace love promise justice liberty unity harmony
    melody destiny serenity trinity treasure
    rose violet iris ivy holly lily daisy poppy hazel heather fern olive pearl ruby amber jade crystal
    coral clover laurel myrtle primrose willow rowan sage basil jasmine
    summer autumn winter dawn sky river forest storm rain star sunny sunshine robin wren brook brooke
    will bill mark pat rich drew art gene ray don rod rob jack mike nick sue pete chuck sandy rusty
    kitty penny frank max can
    guy junior prince princess earl sterling lance gale carol
    chase chance cliff heath dale dean dot
    """

  /// Family names of China, Hong Kong, Korea and Vietnam that no other list
  /// holds, many of them English words too ("Song", "Sun", "Moon"): written
  /// first, they open a name ("song hye-rin", "Sun Hao", "Pham Thi Lan").
  static let eastAsianFamilyNames = """
    song jung kang cho yoon jang lim han seo shin kwon hwang ahn yoo hong jeon ko moon bae baek
    nam kwak sung cha joo woo min ryu jin zhou xu sun ma zhu hu guo luo gao zheng liang xie tang
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu ye cheng wei su lu ding ren lau
    leung chan cheung ng yip tsang chow kwok mak fung lam tse yeung chu hui siu lai tam poon
    pham hoang huynh phan vu vo dang bui ngo duong ly quach trinh dinh truong luong doan kieu vuong
    """
}

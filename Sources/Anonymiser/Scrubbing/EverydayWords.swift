// The everyday English the scrubber knows: the words a support-line
// administrator writes in call notes, written out by hand for this project
// and grouped by theme.
//
// A capitalised word that is neither here, nor a domain word, nor a function
// word reads as a name; so this vocabulary is what lets "Caller", "Scan",
// "Worried" and "Signposted" survive at the start of a note. It leaves out,
// on purpose, rare words that are mostly names ("holly", "jay", "pat"); the
// everyday words that are also names the scrubber knows are gathered, and
// explained, in `namesakes`.
//
// Each theme is a run of words, each run opened by a tag that says which
// regular forms `Inflection` adds:
//
//   words:       as written, nothing added
//   nouns:       and the plural ("leaflet", "leaflets")
//   verbs:       and -s, -ed, -ing ("chase", "chases", "chased", "chasing")
//   irregular:   "base/past/participle": the base also gets -s and -ing
//   adjectives:  and the adverb in -ly ("careful", "carefully")
//   graded:      and -er, -est ("late", "later", "latest")
//
// A "+" after a verb doubles its last consonant where the stress, not the
// spelling, asks for it ("refer+": "referred", "referring"). Words the rules
// would get wrong ("children", "wives", "dialled") are written out in full.

extension WordLists {
  /// Ordinary English words and their regular forms, lower case: the
  /// everyday vocabulary, expanded. See `EverydayVocabulary`.
  static var englishWords: [String] { EverydayVocabulary.expanded.words }

  /// The finite forms of the vocabulary's verbs ("rings", "rang", "says",
  /// "said", "emailed") and the auxiliaries: what follows a name that is the
  /// subject of a sentence ("Grace rang", "Will said").
  static var finiteVerbs: [String] {
    EverydayVocabulary.expanded.finiteVerbs + """
      is was has had will would can could shall should must may might does did isn't wasn't hasn't
      hadn't won't wouldn't can't couldn't doesn't didn't
      """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }
}

/// The everyday vocabulary, theme by theme, in the tagged form described at
/// the top of this file.
enum EverydayVocabulary {
  /// How a run of words is inflected; the tag is the raw value and a colon.
  enum Form: String, CaseIterable {
    case words, nouns, verbs, irregular, adjectives, graded
  }

  /// Every theme, in the order they appear below.
  static let themes: [String] = [
    grammar, numbers, time, calls, people, body, health, care, administration, feelings, home, travel,
    money, technology, speech, actions, qualities, things, places, society, shorthand, namesakes,
  ]

  /// The words of one theme, each with the forms its tag asks for.
  static func expand(_ theme: String) -> [String] {
    var form = Form.words
    var result: [String] = []
    for token in theme.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if token.hasSuffix(":") {
        form = Form(rawValue: String(token.dropLast())) ?? .words
        continue
      }
      result += forms(of: String(token), as: form)
    }
    return result
  }

  /// Every theme expanded in one pass: all the words, and among them the
  /// finite verb forms (the third person and the past of each verb, and the
  /// past of each irregular one).
  static let expanded: (words: [String], finiteVerbs: [String]) = {
    var words: [String] = []
    var finite: [String] = []
    for theme in themes {
      var form = Form.words
      for token in theme.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        if token.hasSuffix(":") {
          form = Form(rawValue: String(token.dropLast())) ?? .words
          continue
        }
        let all = forms(of: String(token), as: form)
        words += all
        switch form {
        case .verbs: finite += [all[1], all[2]]
        case .irregular: finite += [all[1]] + all.dropFirst(3).prefix(1)
        default: break
        }
      }
    }
    return (words, finite)
  }()

  /// One entry and the forms `form` adds to it.
  static func forms(of entry: String, as form: Form) -> [String] {
    switch form {
    case .words:
      return [entry]
    case .nouns:
      return [entry, Inflection.plural(entry)]
    case .verbs:
      let doubling = entry.hasSuffix("+")
      let verb = doubling ? String(entry.dropLast()) : entry
      return [
        verb, Inflection.thirdPerson(verb), Inflection.past(verb, doubling: doubling),
        Inflection.presentParticiple(verb, doubling: doubling),
      ]
    case .irregular:
      let parts = entry.split(separator: "/").map(String.init)
      guard let first = parts.first else { return [] }
      let doubling = first.hasSuffix("+")
      let verb = doubling ? String(first.dropLast()) : first
      return [verb, Inflection.thirdPerson(verb), Inflection.presentParticiple(verb, doubling: doubling)]
        + parts.dropFirst()
    case .adjectives:
      return [entry, Inflection.adverb(entry)]
    case .graded:
      return [entry, Inflection.comparative(entry), Inflection.superlative(entry)]
    }
  }

  // MARK: - Grammar

  /// Pronouns, determiners, prepositions, conjunctions, contractions and the
  /// small words of speech, beyond the function words the scrubber already has.
  static let grammar = """
    words:
    across along alongside among amongst around behind beneath beside besides between beyond despite
    except inside near nearby outside past round throughout toward towards underneath unlike within
    without upstairs downstairs indoors outdoors versus plus minus
    another anybody anyone anything anywhere everybody everyone everything everywhere nobody none
    nothing nowhere somebody someone something somewhere whatever whenever wherever whichever whoever
    somehow sometime elsewhere
    each every many much lots lot plenty less least fewer enough several various whole
    although unless whereas whilst till though because cos according regarding prior overall
    however therefore otherwise instead meanwhile moreover furthermore hence thus indeed anyway anyhow
    perhaps maybe possibly probably certainly definitely apparently obviously clearly hopefully
    unfortunately fortunately luckily sadly thankfully honestly seriously literally basically
    actually really quite rather pretty fairly nearly almost barely hardly merely simply
    even especially particularly mainly mostly partly largely generally usually normally typically
    here there away back forward forwards backward backwards ahead apart aside together alone
    else either neither
    yes nope yeah yep alright fine sure right
    oh ah aw um er erm hmm ooh wow oops sorry cheers ta hiya goodbye welcome
    ain't could've would've should've might've must've it'd it'll that'll that'd there'll there'd
    there're who'd who'll what'll what're what've where's where'd when's how's how'd why's
    needn't mustn't mightn't shan't daren't o'clock ma'am
    anti non pre post multi co ex mid semi sub self inter cross over under out
    naturally interestingly surprisingly admittedly evidently notably crucially importantly
    subsequently consequently accordingly similarly likewise nonetheless nevertheless regardless
    presumably supposedly seemingly arguably potentially realistically technically ultimately
    essentially incidentally understandably reportedly allegedly altogether beforehand afterwards
    afterward somewhat straightaway straight whereby namely respectively ideally initially
    originally additionally alternatively personally genuinely frankly
    """

  // MARK: - Numbers and amounts

  /// Numbers, ordinals, fractions and words for amounts.
  static let numbers = """
    words:
    zero nought nil one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth
    firstly secondly thirdly lastly finally next last
    once twice half halves quarter quarters thirds double treble triple single
    percent
    nouns:
    amount total percentage average maximum minimum majority minority range rate ratio figure number
    quantity measure measurement portion piece bit pair set couple handful unit score count sum
    dozen lot batch bunch load pile stack digit digits numeral numerals sequence consecutive monospace
    """

  // MARK: - Time

  /// Times of day, spans, seasons, festivals and words for when things happen.
  static let time = """
    words:
    today tonight tomorrow yesterday now then soon later earlier recently lately currently presently
    nowadays already yet still ago since until meantime eventually immediately instantly
    always usually normally often sometimes occasionally rarely seldom never ever again
    daily weekly fortnightly monthly yearly annually hourly nightly overnight midweek
    midnight midday noon sunrise sunset daytime nighttime lunchtime teatime bedtime while
    spring summer autumn winter
    christmas xmas easter ramadan eid diwali hanukkah passover
    due overdue ongoing pending upcoming outstanding
    latterly formerly subsequently promptly imminently imminent quarterly biannual half-term
    halloween valentine's weekday weekdays weeknight weeknights term-time meanwhile
    nouns:
    moment second minute hour day week weekend fortnight month year decade century season time date
    morning afternoon evening night calendar diary schedule timetable deadline holiday birthday
    anniversary beginning start middle end period stage phase spell gap interval delay
    past present future history timeline timescale timeframe
    term semester appointment slot shift lifetime childhood adulthood retirement
    """

  // MARK: - Calls and messages

  /// The work of the support line: calls, messages, letters and what is said in them.
  static let calls = """
    nouns:
    call caller phone telephone phonecall voicemail answerphone line helpline hotline switchboard
    extension operator handset headset speakerphone ringtone
    email inbox attachment letter envelope parcel stamp leaflet booklet factsheet brochure pack
    website webpage page link
    conversation discussion query enquiry inquiry question answer request response reply comment
    concern complaint compliment suggestion callback follow-up reminder note log summary outcome
    action referral self-referral re-referral apology
    caseload handover transcript recording queue hold-up
    verbs:
    call phone text email message answer reply respond contact chase follow forward pass
    connect disconnect listen talk chat discuss mention explain clarify confirm check ask
    enquire inquire request suggest recommend advise inform notify update remind reassure signpost
    arrange book rebook cancel reschedule postpone post note log return transfer+ await
    flag resolve liaise document relay allocate assign reassign reallocate
    irregular:
    ring/rang/rung
    words:
    feedback correspondence mail postage e-mail e-mails e-mailed call-back ring-back
    redial redials redialled redialling
    texted texting phoned phoning unanswered engaged busy ring-round
    """

  // MARK: - People

  /// Family, friends, and the people and roles a caller mentions.
  static let people = """
    nouns:
    person adult baby toddler teenager teen youngster kid boy girl guy
    mother mum mummy mom father dad daddy parent stepmother stepfather stepmum stepdad stepson
    stepdaughter stepbrother stepsister son daughter brother sister sibling twin husband partner spouse
    fiance fiancee boyfriend girlfriend ex
    grandmother grandma granny nan nana gran grandfather grandad granddad grandpa grandparent
    grandson granddaughter aunt auntie aunty uncle cousin niece nephew relative relation household
    godmother godfather godparent in-law
    friend neighbour colleague boss manager employer employee worker volunteer carer caregiver
    guardian widow widower orphan member group couple community neighbourhood stranger visitor
    guest host client customer user resident tenant landlord homeowner citizen student pupil
    teacher lecturer tutor adviser advisor advocate representative spokesperson individual
    family participant solicitor lawyer
    newborn childminder babysitter lodger flatmate housemate roommate befriender
    amputee survivor sufferer victim patient helper driver runner reader speaker listener
    dependant dependent pensioner elder senior veteran
    builder cleaner engineer accountant shopkeeper electrician plumber officer soldier firefighter
    chef waiter waitress hairdresser mechanic dentist optician vet decorator gardener labourer
    headteacher headmaster headmistress nanny parishioner referrer
    words:
    aged
    people persons children child grandchild grandchildren men man women woman gentleman gentlemen
    lady ladies wife wives landlady landladies
    mother-in-law father-in-law son-in-law daughter-in-law sister-in-law brother-in-law
    ex-husband ex-wife ex-partner
    twins triplets eldest elderly frail youth youths
    wedding weddings married marry marries marrying divorce divorced divorcing engaged widowed
    single separated adopted adoption adoptive fostered fostering nuclear blended
    male female males females
    hen hun hunny babe pet lovey darling sweetheart
    verbs:
    adopt
    """

  // MARK: - The body

  /// Parts of the body, as callers and clinicians name them.
  static let body = """
    nouns:
    head face eye eyebrow eyelash eyelid ear nose mouth lip tongue jaw cheek chin forehead temple
    neck throat shoulder armpit arm elbow forearm wrist hand palm finger thumb nail fingernail toenail
    chest breast nipple rib ribcage lung heart belly tummy waist hip back spine bottom buttock groin
    leg thigh knee kneecap shin ankle heel toe sole arch
    skin hair scalp brain nerve muscle tendon ligament joint cartilage marrow vein artery vessel
    gland node organ cell kidney liver bladder bowel colon rectum gut intestine pancreas spleen
    gallbladder womb ovary cervix prostate testicle vagina penis anus sinus tonsil airway lining
    collarbone breastbone shoulder-blade socket skull limb torso trunk wall cavity
    stump breath pulse heartbeat fingertip knuckle eyeball eyesight hearing
    hamstring
    words:
    body bodies blood bone bones tissue tissues fat teeth tooth foot feet calf calves stomach stomachs
    lymph lymphatic abdominal vertebra vertebrae testis testes appendix appendices
    urine stool phlegm saliva mucus sweat wee poo oxygen
    """

  // MARK: - Health and illness

  /// Symptoms, illnesses, tests and treatments, in everyday and clinical words.
  static let health = """
    nouns:
    pain ache headache backache toothache stomachache lump bump swelling growth cyst wound scar bruise
    rash itch fever temperature infection inflammation bleed sickness cramp spasm fracture break
    sprain strain injury accident fall cough cold virus bug clot seizure fit stroke ulcer sore blister
    burn abscess lesion nodule polyp mass shadow spot sweat symptom sign
    cancer disease illness condition disorder syndrome diagnosis prognosis relapse recurrence
    remission stage grade size margin complication reaction allergy secondary
    test scan sample result report screening check checkup check-up examination exam assessment
    observation review investigation finding trial study
    treatment therapy operation procedure transplant reconstruction implant graft drain stitch
    staple dressing bandage plaster cast splint brace crutch wheelchair frame sling catheter
    stoma cannula drip line port injection infusion transfusion vaccine vaccination jab dose course
    cycle round fraction beam medicine medication drug tablet pill capsule cream ointment gel patch
    inhaler spray drop syrup liquid prescription painkiller antibiotic antidepressant laxative
    anaesthetic sedative supplement vitamin side-effect effect risk benefit recovery stick hoist
    commode hormone gene cure excision resection platelet count pregnancy period
    nosebleed heartburn indigestion flush shiver chill tremor twitch palpitation nightmare
    flashback flare flare-up episode bout attack embolism pneumonia bronchitis asthma diabetes
    arthritis osteoporosis dementia epilepsy hypertension needle syringe swab specimen pad nappy
    mattress cushion alarm pendant keysafe aid equipment mask mould tattoo session regimen arm
    placebo response progression remedy mindfulness meditation clip flap
    driver package thermometer nebuliser
    filling
    verbs:
    ache bruise itch vomit cough sneeze faint collapse recover heal diagnose treat operate
    examine test scan monitor measure prescribe inject infuse transfuse remove stitch dress amputate
    fracture sprain strain injure infect inflame respond relapse recur+ admit+ readmit+ discharge
    vaccinate immunise sedate numb breathe swallow weaken worsen improve deteriorate stabilise
    progress cure survive recruit randomise enrol+
    flush shiver twitch wheeze leak ooze dehydrate misdiagnose reassess hospitalise anticipate
    bloat sweat nurse rehabilitate flare
    irregular:
    hurt/hurt bleed/bled break/broke/broken cut/cut grow/grew/grown shrink/shrank/shrunk
    spread/spread swell/swelled/swollen
    adjectives:
    painful tender stiff weak healthy aggressive rare common chronic acute severe mild moderate
    serious critical urgent routine terminal incurable primary local regional systemic medical
    clinical surgical physical mental emotional psychological sexual visible invisible normal
    abnormal positive negative clear genetic hormonal
    constant intermittent persistent gradual sudden invasive minimal radical conservative
    diagnostic suspicious incidental insignificant equivocal inconclusive sensitive stable unstable
    words:
    sore swollen tired numb dizzy sick ill well unwell poorly breathless nauseous feverish
    cancerous curable treatable operable inoperable advanced early localised secondary secondaries
    recurrent residual intermediate high-grade low-grade pregnant curative
    health healthcare wellbeing well-being fitness diet exercise nutrition hydration sleep rest
    bleeding nausea vomiting diarrhoea constipation fatigue tiredness weakness numbness tingling
    stiffness dizziness breathlessness insomnia appetite weight anaemia sepsis flu covid fertility
    chemo radiation immune immunity genetics multidisciplinary multi-disciplinary
    physiotherapy rehabilitation rehab anaesthesia sedation pathology survival
    neutropenia neutropenic lymphoedema oedema neuropathy debulking staging
    aspirin insulin warfarin heparin antibiotics steroids anti-sickness
    x-rays mris cts
    thirsty constipated bloated bloating chesty wheezy hoarse hoarseness chills sweating
    dehydrated dehydration lightheaded light-headed drowsy drowsiness sleepy confusion forgetful
    foggy jaundice jaundiced bruised bruising scarring throbbing stabbing dull aching weeping
    oozing leaking redness mobility immobile bedbound bed-bound housebound incontinence
    incontinent phantom adjuvant neoadjuvant non-invasive unremarkable indeterminate
    non-diagnostic surveillance respite anticipatory end-of-life just-in-case homeopathy
    acupuncture massage reflexology aromatherapy herbal complementary cannabis cbd yoga
    counselling befriending safety-netting red-flag
    mouthcare mouthwash skincare self-care aftercare homecare
    diabetic asthmatic arthritic epileptic anaemic
    dental audiology dentistry optical eyesight
    dvt
    """

  // MARK: - Hospitals and care

  /// Where care happens and who gives it.
  static let care = """
    nouns:
    hospital clinic ward unit bay bed theatre department outpatient inpatient admission discharge
    appointment consultation visit surgery practice pharmacy chemist centre hospice ambulance
    doctor nurse surgeon physician specialist clinician practitioner pharmacist psychologist
    psychiatrist counsellor therapist radiographer sonographer anaesthetist paramedic
    porter receptionist secretary administrator coordinator co-ordinator navigator chaplain
    worker keyworker team lead sister matron consultant registrar junior senior trainee
    nursing-home care-home walker
    vicar priest minister chaplaincy parish congregation
    dentist optician
    package placement bedside
    words:
    care casualty emergency outpatients inpatients a&e intensive midwife midwives
    pastoral
    """

  // MARK: - Administration and the NHS

  /// Paperwork, services and organisations, and what is done with them.
  static let administration = """
    nouns:
    booking slot list form application document copy record file report detail address name
    postcode service system process procedure pathway policy guideline protocol rule criterion
    requirement standard trust board commissioner provider organisation organization charity
    foundation association society network alliance partnership agency authority council
    department office team manager director chair chairman committee panel member representative
    complaint appeal review audit investigation inquiry incident error mistake agreement approval
    decision request option choice preference registration register database folder
    priority target deadline contract budget meeting agenda project opinion signature
    attendance exemption certificate concession entitlement reassessment reconsideration
    tribunal award payout premium arrears overpayment attorney executor inheritance disability
    discrimination adjustment return-to-work equality scheme voucher warrant licence passport
    visa badge sheet reference
    escalation cancellation confirmation clarification notification authorisation prioritisation
    coordination co-ordination translation interpretation hospitalisation deterioration
    stabilisation immunisation expectation
    verbs:
    apply register submit+ approve authorise decline refuse reject accept allow permit+ deny review
    assess audit investigate process record file sign witness complete fill print copy attach enclose
    upload download list name enter update delay prioritise escalate chase schedule
    award backdate reimburse defer+ dismiss reconsider coordinate co-ordinate liaise flag resolve
    entitle qualify
    words:
    paperwork data information info evidence criteria eligibility eligible ineligible funding
    commissioning management admin administration staff staffing capacity demand quality safety
    consent confidentiality confidential privacy anonymous anonymity permission legal
    chairmen chairwoman chairperson
    statutory entitled probate disabled phased lasting power welfare concessionary prepayment
    reimbursement backdated safeguarding
    """

  // MARK: - Feelings

  /// Emotions and wellbeing, as a caller describes them and a note records them.
  static let feelings = """
    adjectives:
    anxious nervous sad miserable tearful furious desperate happy glad grateful thankful hopeful
    optimistic calm confident comfortable cheerful proud brave patient impatient helpless hopeless
    angry unhappy guilty
    bitter resentful jealous envious fearful sympathetic compassionate empathetic friendly
    pleasant unpleasant rude polite hostile courteous apologetic vulnerable fragile tense
    restless irritable moody stressful realistic pragmatic stoic appreciative generous
    dismissive unhelpful caring loving thoughtful
    words:
    scared frightened afraid terrified depressed distressed distraught devastated shocked annoyed
    irritated frustrated confused overwhelmed stressed lonely isolated ashamed embarrassed pleased
    relieved relaxed reassured excited determined exhausted drained upset worried supportive
    understanding fed-up down low content emotional emotionally positive
    anxiety stress depression distress trauma loneliness isolation bereavement bereaved joy peace
    mind patience panic panics panicked panicking death funeral anger sadness guilt shame
    gratitude happiness reassurance confidence courage
    heartbroken heartbreaking heartwarming mortified gutted shattered crushed livid panicky
    jittery agitated edgy uneasy uncomfortable uptight petrified horrified appalled disgusted
    disappointed disappointing let-down abandoned unheard unsupported powerless raw weepy flat
    withdrawn snappy short-tempered worn-out burnt-out burnout suicidal self-harm crisis
    nightmares flashbacks sleepless exhausting tiring draining overwhelming terrifying
    uplifting humbled blessed resilient resilience acceptance denial closure resigned motivated
    upbeat chatty talkative articulate composed hysterical inconsolable awkward shy reserved
    abusive aggressive calmer
    condolences sympathy sympathies wellbeing welfare
    nouns:
    feeling emotion mood fear worry shock frustration grief loss sorrow relief comfort strength
    tear cry struggle concern thought
    verbs:
    worry fear cry sob calm cope struggle manage suffer grieve mourn miss love like hate enjoy
    appreciate thank comfort encourage support care hope wish want need prefer+ trust doubt
    wonder relax rest smile laugh celebrate bother annoy frighten scare shock distress regard welcome
    irregular:
    feel/felt upset+/upset
    """

  // MARK: - Home and daily life

  /// Houses, rooms, food, chores and the things of an ordinary day.
  static let home = """
    nouns:
    home house bungalow cottage room bedroom bathroom toilet loo kitchen lounge hall hallway stair
    staircase landing garden yard garage driveway door window floor ceiling roof step ramp stairlift
    bed sofa chair table desk cupboard wardrobe drawer fridge freezer oven cooker microwave kettle
    dishwasher radiator boiler shower bath sink tap light lamp rail adaptation
    meal breakfast lunch dinner supper drink snack sandwich soup toast biscuit cake egg vegetable
    salad chicken fruit cup mug plate bottle glass
    shop supermarket errand chore pet dog cat puppy kitten nursery
    coat jacket jumper shirt dress skirt shoe boot sock hat scarf headscarf wig glove bag
    handbag wallet purse key card towel blanket pillow
    handrail seat stool mattress cushion alarm pendant lifeline keysafe takeaway
    smoothie milkshake calorie hairdresser haircut hobby magazine crossword puzzle club
    pub restaurant cafe caravan allotment gym choir book newspaper television radio
    repair bill
    verbs:
    cook clean wash iron tidy shop dress shower bathe rest relax walk live visit move snore
    knit shave garden decorate repair recycle heat
    irregular:
    eat/ate/eaten drink/drank/drunk sleep/slept wake/woke/woken sit/sat stand/stood lie/lay/lain
    words:
    food tea coffee water milk juice bread cereal meat fish cheese chocolate sugar salt sweet sweets
    groceries shopping housework cleaning laundry washing ironing cooking gardening housing childcare
    clothes clothing trousers jeans pyjamas glasses spectacles lied
    shelf shelves knife knives leaf leaves loaf loaves life lives
    washing-machine living-room sitting-room
    rubbish recycling gas electric electricity energy tv protein fortified
    nourishment appetite snacks music football golf swimming dancing camping seaside knitting
    reading walking running cycling
    """

  // MARK: - Travel

  /// Getting to appointments: transport, journeys and where people stay.
  static let travel = """
    nouns:
    journey trip car van bus coach train tube taxi cab minicab bike bicycle motorbike scooter plane
    flight airport ferry boat ship road route motorway traffic ticket fare pass railcard permit
    badge mile kilometre hotel hostel station platform terminal lift ride car-park stop
    passport visa licence direction map toll railway uber sat-nav airline
    verbs:
    travel cycle commute park arrive depart return reach stay head walk stop drop
    reimburse clamp
    irregular:
    drive/drove/driven ride/rode/ridden fly/flew/flown leave/left go/went/gone come/came
    words:
    transport parking petrol diesel mileage accommodation distance b&b dialled dialling fuelled
    fuelling
    dvla congestion ulez
    """

  // MARK: - Money and work

  /// Costs, benefits and jobs: what callers worry about besides treatment.
  static let money = """
    nouns:
    cost price fee charge bill invoice receipt payment refund expense budget salary wage pension
    saving loan debt mortgage rent tax insurance claim allowance benefit grant fund donation
    job career employer employee workplace office redundancy pensioner account card cheque
    statement voucher discount penny pound shift finance
    premium payout arrears overpayment award business company firm profit
    apprenticeship degree course
    verbs:
    afford earn save claim owe borrow donate fund raise work employ retire resign hire charge
    refund budget invest
    irregular:
    pay/paid cost/cost spend/spent lend/lent buy/bought sell/sold
    words:
    money cash income pay sick-pay retirement unemployment unemployed employment self-employed
    fundraising sponsorship financial financially expensive cheap cheaper free costly affordable
    universal credit council-tax
    part-time full-time freelance overtime paid unpaid statutory
    """

  // MARK: - Technology

  /// Computers, phones and the apps callers use to send things.
  static let technology = """
    nouns:
    computer laptop smartphone mobile app internet website site password login username screen
    keyboard printer scanner camera video photo picture image file folder button message device
    platform
    tv
    verbs:
    click log print scan upload download install update save delete type search share
    words:
    online offline wifi wi-fi broadband bluetooth zoom teams skype whatsapp facebook google youtube
    instagram twitter email ipad iphone android
    uber
    """

  // MARK: - Speech

  /// Words for saying, asking and agreeing.
  static let speech = """
    verbs:
    ask answer explain describe mention discuss argue agree disagree suggest recommend advise warn
    promise apologise thank greet introduce repeat spell pronounce translate interpret express share
    report state note comment question query shout whisper complain compliment praise criticise
    claim insist admit+ deny reply respond acknowledge voice urge sue
    communicate clarify convey emphasise exaggerate summarise remark confess confront
    reassure persuade convince nag chat
    irregular:
    say/said tell/told speak/spoke/spoken write/wrote/written read/read understand/understood
    misunderstand/misunderstood hear/heard overhear/overheard
    words:
    interpreter translator language languages accent deaf hearing congratulations
    interpreting translating sign-language jargon plain
    nouns:
    syllable surname forename nickname
    """

  // MARK: - Actions

  /// The common verbs of an ordinary day and an ordinary note.
  static let actions = """
    verbs:
    accept add allow arrive attempt avoid believe belong bother call care carry change check close
    collect compare complete concern consider contain continue cover create cross decide depend
    deserve develop die differ discover end enjoy enter expect experience face fail fill finish
    fit fix focus follow force form gather guess handle happen head help hope hurry identify ignore
    imagine improve include increase indicate intend involve join jump kick kill knock land last
    learn lift like limit list look love manage mark matter mind miss move name need notice obtain
    occur+ offer open order organise own pass pause pick place plan play point prepare present press
    pretend prevent produce promise protect prove provide pull push raise reach realise receive
    recognise reduce relate release rely remain remember remove repeat replace require rest return
    reveal rush search seem separate serve settle share show sign sort start stay step stop store
    study suffer suit supply support suppose surprise switch touch train trust try turn use value
    wait walk want wash waste watch wish wonder work regret+ forward benefit assist attend
    achieve act affect aim appear approach borrow burn clear count dream drop explore extend hand
    inherit insist judge listen lock mix pack pray print rate refer+ register rescue risk seal
    spell stress target tend test tick track transfer+ travel unlock vote wrap smell spill
    control enrol+ deliver ensure establish gain guide invite lack link locate outline perform
    proceed pursue recall reflect relay source sound suspect tackle navigate contribute accompany
    explain question
    abandon absorb accuse acquire adapt adjust admire adopt alert alter amend analyse announce
    appoint assume assure attack attract balance behave block boil brush bury calculate
    campaign capture cater challenge cheer chew climb combine commit+ compensate compete
    comply concentrate conclude conduct confuse congratulate consult correspond crash crawl
    damage dare debate declare decrease dedicate defend define demand demonstrate design
    desire destroy detect determine devote digest disappear disappoint disclose discourage
    dislike display dispose dispute disrupt distract distribute disturb divide dominate double
    drag drain dread drift dump ease educate embarrass embrace emerge empower empty enable
    encounter endure engage enhance equip+ escape estimate evaluate exceed exchange exclude excuse
    exercise exhaust exist expand experiment expire expose extract facilitate fade fetch figure
    fold forecast frustrate function generate glance grab guarantee guard halt harm hesitate
    highlight host house hug implement imply impose impress inspect inspire instruct insure
    interfere interrupt interview isolate issue justify label launch lean lodge maintain match
    melt mend merge mess minimise misplace modify motivate nominate object observe occupy omit+
    oppose opt outweigh overlook overwhelm paint participate persist persuade photograph pile
    pin pinch plead please plug polish pour practise predict preserve promote prompt propose
    protest publish pump punish purchase queue race rally range recycle redirect refill regain
    reinforce relieve renew reorganise repair repay represent research reserve resist resolve
    restart restore restrict resume retain retrieve reunite revise revisit reward rinse roll
    rub ruin sacrifice satisfy scratch scream screen secure select sense shelter shift sigh
    simplify slip smash smoke soak solve specialise specify spoil sponsor spot squeeze stain
    stare steer stir stock strengthen stretch stumble subscribe substitute succeed summarise
    supervise surround survey suspend sustain swap sweep taste tease terminate thrive tie
    tighten tolerate top trace trade transform transport trap treasure trigger trim trouble
    tune twist undress unpack unwind upgrade vanish vary verify wander warm wave weigh widen
    worship yell arrange await befriend coordinate
    irregular:
    go/went/gone get/got/gotten make/made take/took/taken give/gave/given come/came see/saw/seen
    know/knew/known think/thought find/found keep/kept begin+/began/begun bring/brought build/built
    catch/caught choose/chose/chosen deal/dealt draw/drew/drawn fall/fell/fallen fight/fought
    forget+/forgot/forgotten forgive/forgave/forgiven freeze/froze/frozen hang/hung hide/hid/hidden
    hit/hit hold/held lay/laid lead/led lose/lost mean/meant meet/met put/put quit+/quit
    rise/rose/risen run/ran seek/sought send/sent set/set shake/shook/shaken shine/shone
    shoot/shot show/shown shut/shut sing/sang/sung sink/sank/sunk split/split stick/stuck
    strike/struck swear/swore/sworn swim/swam/swum teach/taught tear/tore/torn throw/threw/thrown
    wear/wore/worn win/won undergo/underwent/undergone withdraw/withdrew/withdrawn
    overcome/overcame become/became arise/arose/arisen bear/bore/borne beat/beaten bend/bent
    bite/bit/bitten blow/blew/blown feed/fed dig/dug light/lit let/let mislead/misled
    rebuild/rebuilt rewrite/rewrote/rewritten steal/stole/stolen sting/stung wind/wound
    withhold/withheld forbid+/forbade/forbidden
    mistake/mistook/mistaken undertake/undertook/undertaken
    outgrow/outgrew/outgrown oversee/oversaw/overseen
    words:
    burnt learnt dreamt spelt smelt spilt
    panicked
    """

  // MARK: - Qualities

  /// Adjectives and adverbs for how things are and how they went, with
  /// colours and directions.
  static let qualities = """
    adjectives:
    terse concise absolute actual additional appropriate approximate automatic basic brief careful certain complete
    correct current definite different direct effective entire equal exact fair final formal
    frequent general gentle genuine immediate independent individual initial main normal obvious
    occasional official open original particular partial perfect personal polite possible
    practical previous private probable proper rapid real recent regular relative reasonable
    secure serious significant similar sincere slight specific steady strict successful sudden
    sufficient suitable total typical unfortunate fortunate unusual usual vague virtual wise
    honest necessary unnecessary extreme eventual unexpected hopeful helpful useful useless
    careless thoughtful respectful kind close nice quick slow quiet safe short strong poor great
    late easy free rough loud bad national international
    understandable ultimate essential incidental natural interesting surprising evident notable
    crucial important subsequent consequent potential theoretical technical alleged apparent
    accessible acceptable unacceptable accurate inaccurate active inactive adequate inadequate
    awkward capable casual cautious consistent inconsistent constructive convenient inconvenient
    decent delicate dramatic efficient enormous familiar firm flexible fluent foreign former
    frank generous harsh hesitant huge humble immense impressive inappropriate incredible
    informal informative intense logical loyal massive mature meaningful modern modest mutual
    neat neutral noisy numerous objective odd optional ordinary precise premature prompt
    prominent random rational relevant irrelevant reliable unreliable remote responsible
    responsive sensible sensitive silent smooth social solid subtle superb suspicious thorough
    tight timely tragic traditional transparent trivial unique unreasonable unstable valid
    valuable vast vital vivid weird comprehensive concise coherent competent sole
    graded:
    big small large long short tall high low old young new fresh early late quick slow fast hard
    easy soft strong weak light heavy dark bright clean clear close near cheap rich poor safe hot
    cold warm cool dry wet great nice kind happy busy quiet loud sad angry thin thick wide narrow
    deep simple sure fine tough sharp calm mild empty hungry funny lucky silly tiny
    words:
    good better best worse worst far further furthest farther little more most less least
    able unable available unavailable ready busy alive dead awake asleep aware unaware
    important unimportant difficult likely unlikely impossible true false wrong right
    same other own whole major minor extra spare ok okay various full fully
    ideal excellent brilliant fantastic wonderful lovely awful terrible horribly terribly horrible
    dreadful incredibly tricky complicated complex straightforward unclear uncertain unsure
    interesting interested boring bored surprised surprising amazing amazed
    willing unwilling keen eager reluctant wholly truly public publicly well badly
    colour colours red orange yellow blue purple pink gold silver
    left upper lower inner outer front rear central southern eastern western
    unknown undecided unpredictable predictable manageable unmanageable tolerable intolerable
    unconscious conscious elderly disabled detailed varied mixed unfamiliar unfriendly
    challenging chaotic exciting scary shaky tiring upbeat expert specialist urban rural
    ongoing overdue premature due plain pale grim handy dull blunt bold
    beige brownish greyish reddish
    """

  // MARK: - Things

  /// General nouns for the stuff of talk: matters, ideas, parts and kinds.
  static let things = """
    nouns:
    thing way part piece place point case fact matter problem issue question reason cause effect
    result idea thought view belief sense memory experience story example detail item kind type
    sort shape size level area aspect factor feature element situation position condition state
    step process change difference choice option alternative possibility chance danger threat
    solution resource tool method approach structure pattern law right responsibility duty role
    task effort attempt success failure mistake error accident difficulty challenge pressure
    burden impact influence word title sentence phrase message term meaning topic subject
    plan hope goal aim purpose side top bottom front back edge corner line circle list version
    background art
    ability absence access achievement activity addition advantage disadvantage adventure
    advert advertisement affair age aid alarm ambition angle announcement appearance
    arrangement arrival article assistance attitude audience awareness balance ban band bar base
    basket battle behaviour bench bet blame block bond bonus box branch brand breath brick
    bunch business cabinet campaign candidate category ceremony chain channel chapter character
    chart chemical cigarette cinema circumstance class clock club clue collection combination
    command commitment communication company comparison competition component concept conclusion
    conference conflict connection consequence consideration context contribution counter crash
    crew crime criticism crowd culture curtain damage dance deal debate definition degree
    delivery description design destination development dialogue dimension direction disaster
    discipline discovery display document dot draft drama dream economy edition election
    emergency emphasis encouragement engine entry environment episode essay event exam
    excitement excuse exhibition existence expansion expectation expert explanation expression
    extent fashion fault favour fiction film fire flag flow focus fortune function fund game gas
    gate gesture gift guarantee guess guide habit height highlight hobby hole humour identity
    imagination implication importance impression improvement increase indication industry
    initiative input insight instance institution instruction intention interest interview
    introduction investment invitation involvement joke journal judgement label lack laugh layer
    leader league lecture length lesson licence lifestyle limit load location logic luck machine
    maintenance manner market match material means media mention menu mess mission mixture model
    motion motivation movement nation need newspaper noise notice notion object objective
    obligation occasion offer officer opportunity order output owner pace paper paragraph party
    passage passenger passion path pause peak penalty performance personality perspective
    photograph pile pitch player pleasure pocket poem population possession potential preparation
    presence presentation press prevention pride principle print prison prize probability
    product profession professional profile programme promise promotion proof property proportion
    proposal prospect protection protest provision pub purchase quote race rank reality recipe
    recognition recommendation recording reduction reference reflection reform regret regulation
    relationship release repair replacement reputation reservation resistance resolution respect
    restaurant restriction reward rhythm ring root routine row rumour sale scale scene scheme
    science scope script seat secret section sector selection sequence session setting
    settlement shade share shelter shift shock shot show sight signal silence skill smell smile
    smoke software song soul sound source space speech speed spirit sport star status stock
    storage strategy stream string style suit supply surface surprise survey suspicion talent
    taste technique technology tendency tension theme theory tip tone touch tour track trade
    tradition training transition trend trick truth tune turn union usage value variety vehicle
    venue victim vision voice volume vote walk war warning waste wave weapon wedding welfare
    wheel wish witness wonder world writer writing zone web caution attention
    words:
    stuff advice help support progress knowledge safety control freedom trouble news research
    information equipment furniture luggage
    phenomena analysis analyses basis bases crisis crises
    guidance whereabouts means series species data fun luck trust expertise
    """

  // MARK: - Places, nature and weather

  /// Kinds of place (not their names), the outdoors and the weather.
  static let places = """
    nouns:
    place area region county country town city village district borough suburb neighbourhood
    community building shop store market supermarket bank library school college university
    church chapel mosque temple synagogue gurdwara park playground field farm beach coast river
    lake hill mountain island forest border home flat estate
    tree flower plant animal storm shower cloud
    cemetery crematorium grave memorial seaside car-park
    roundabout junction bridge tunnel pavement path square corner
    words:
    weather rain snow ice wind sun sunshine heat fog forecast nature grass sea countryside
    abroad overseas local nationwide worldwide
    northern uphill downhill nearby street south east
    """

  // MARK: - Society

  /// Languages, nationalities, faiths and countries a caller mentions, and
  /// the public bodies they deal with.
  static let society = """
    words:
    polish urdu hindi punjabi bengali gujarati tamil arabic somali turkish kurdish farsi persian
    french spanish portuguese italian german romanian bulgarian lithuanian latvian russian
    ukrainian chinese mandarin cantonese japanese korean vietnamese tagalog yoruba igbo twi
    swahili amharic tigrinya greek albanian dutch
    indian pakistani bangladeshi nigerian ghanaian kenyan jamaican caribbean african asian
    australian canadian
    spain france germany italy portugal poland romania netherlands belgium switzerland sweden
    norway denmark greece turkey cyprus canada australia pakistan bangladesh nigeria ghana kenya
    somalia jamaica china japan
    muslim hindu sikh jewish buddhist catholic protestant atheist
    orthodox christian anglican methodist baptist pentecostal evangelical presbyterian quaker
    adventist rastafarian jain zoroastrian shia sunni coptic haredi hasidic kosher halal
    shabbat sabbath lent advent vaisakhi pesach yom kippur rosh hashanah mosque synagogue
    gurdwara mandir chaplain chaplaincy
    kurmanji sorani badini oromo lingala wolof
    faith prayer religion religious spiritual
    government parliament police jobcentre samaritans citizens
    god prayers worship mass eucharist burial cremation baptism christening
    parliamentary governmental political politics election elections
    """

  // MARK: - Note-taking shorthand

  /// Abbreviations staff type in a hurry, beyond the domain's own, and the
  /// contractions and slips hurried typing leaves.
  static let shorthand = """
    words:
    nok dtr hb phd msc bsc insta instagram snapchat tiktok messenger viber wechat facetime
    approx info msg msgs vm vms cb ty plz eta aka vs ps admin dept docs doc ref refs abt thru tho
    wk wks yr yrs hr hrs min mins sec secs op ops pre-op post-op
    dwp hmrc pip esa dla uc mp ceo
    dont doesnt didnt cant couldnt wouldnt shouldnt isnt wasnt arent werent wont hasnt havent
    hadnt ive youre theyre thats whats theres lets
    recieve recieved definately seperate seperately accomodation untill tommorow occured wich
    thier freind beleive
    center color organize organized realize realized recognize apologize program favorite
    dunno gonna wanna gotta kinda sorta
    pls thx tks fwd info'd txt txted cxl cx canc resched ack expl expld explnd req reqd ret'd retd adv advd spk textphone minicom typetalk
    tmrw tmw tomoz bday birthdate temp fax freephone obfuscated pcode correo courriel caseworker anytime
    pinyin romanised romanized transliterated accented unaccented capitalised capitalized hyphenated unverified
    """

  // MARK: - Namesakes

  /// Everyday words that are also first names or surnames the scrubber
  /// knows, and the forms of other entries that are.
  ///
  /// A word here and in a name list reads as a name only when its context
  /// says so: capitalised mid-sentence ("asked Grace"), possessive ("Will's"),
  /// after a title, a cue or a relation ("her son Mark"), as the subject of a
  /// verb ("Drew rang"), or beside other names ("Green, Brown and Young"). A word is here
  /// only where the ordinary word is common in notes; rarer ones ("holly",
  /// "ruby", "robin", "pat", "rob") are left out, so they always read as names.
  static let namesakes = """
    words:
    will may mark grant bill hope faith grace joy rose frank sue max penny charity patience
    summer winter
    brown green white black grey cook walker porter swift sharp stone frost price burns
    hall hill park field cross law day read page north west long short little young lane ward
    miles french
    patience mercy charity prudence constance verity honour honor chastity temperance precious blessing
    gift favour comfort peace love promise justice liberty unity harmony melody destiny serenity trinity
    treasure clover laurel sage basil autumn sky river forest storm rain star sunny sunshine brook
    rich drew art gene can
    dawn heather amber iris ray jack olive pearl crystal coral hazel fern jade violet ivy willow rowan
    sandy rusty don rod nick chuck poppy daisy lily primrose kitty
    guy junior prince princess earl sterling lance gale carol
    song shin sung min sun christian
    chase chance cliff heath dale dean dot
    """
}

// The word lists the scrubber reads words against. Each list is lower case,
// separated by white space; `WordTable` folds them into one table of flags.

/// The word lists the scrubber reads words against.
enum WordLists {
/// Common UK first names, from several generations and backgrounds.
  static let firstNames = """
    aaron abbey abbie abby abdul abdullah abena abigail ada adaeze adam adebayo adele aditya adrian agnes
    ahmed aidan aiden aileen ailsa aimee aisha alan alana alastair albert aleksandra alex alexa alexander alexandra
    alexis alfie alfred ali alice alicia alison alistair allan allison alma ama amanda amber amelia amelie
    amina amir amit amy ana andre andrea andrew andrzej andy angela angelina angharad angus anika anil
    anita anjali ann anna anne annette annie anthony antonio aoife april archie arjun arlo arthur asha
    ashley ashton audrey austin ava avery ayesha ayodele barbara barry basil beata beatrice beatrix becky belinda
    ben benjamin bernadette bernard beryl beth bethan bethany betty beverley bill billie billy blake bob bobby
    bonnie brandon brenda brendan brian bridget bronagh bronwen brooke bruce bryan callum calum cameron camilla carl
    carla carly carmen carol carole caroline carolyn carwyn carys casey cassandra catherine cathy catrin catriona cecil
    cecilia cerys charles charlie charlotte chelsea cheryl christie chidi chinedu chioma chloe chris christian christina christine christopher ciara
    ciaran cindy claire clara clare claudia clive colin connor conor constance cormac craig cynthia dafydd daisy
    dale damian damien dan dana daniel daniela danielle danny darren darryl dave david dawn dean debbie
    deborah debra declan deepa deepak deirdre delia denise dennis derek dermot desmond diana diane dianne dominic
    don donald donna doreen doris dorothy dougal douglas duncan dylan eamon eddie edith edmund edna edward
    edwin eileen eilidh elaine eleanor elena eleri eli elijah elin elise elizabeth ella ellen ellie elliot
    elliott eloise elsie emeka emily emma emmanuel emrys eoin eric erica erin ernest esme esther ethan
    ethel eugene eva evan evelyn evie ewa ewan fatima faye felicity felix femi fergus fernando ffion
    fiona fionnuala florence frances francesca francis frank freda freddie frederick freya funmi gail gareth garry gary
    gavin gemma geoffrey george georgia georgina gerald geraldine gerard gerry gethin gillian gina glen glenda glenn
    gloria gordon grace graeme graham grainne grant gregory greta gurpreet gwen gwendolyn gwilym hamish hannah harold
    harpreet harriet harrison harry harvey hayley hazel heather heidi helen helena henry hilary hilda holly hugh
    hugo hywel iain ian ibrahim ida ifeoma imogen imran ingrid irene iris isaac isabel isabella isabelle
    isla isobel ivan ivy iwan jack jackie jacob jacqueline jade jake james jamie jan jane janet
    janice jasmine jason jasper jaspreet jay jayden jean jeanette jeff jeffrey jemima jenna jennifer jenny jeremy
    jess jessica jill jim jimmy jo joan joanna joanne jodie joe joel john johnny jon jonathan
    jordan joseph josephine josh joshua joy joyce juan judith judy julia julian julie june justin kai
    karen karl katarzyna kate katherine kathleen kathryn kathy katie katy kayleigh keith kelly ken kenneth kerry
    kevin kieran kim kiran kirsteen kirsty kofi krzysztof kwame kyle lara laura lauren lawrence leah lee
    leigh leila len leo leon leonard lesley leslie lewis liam lily linda lindsay lindsey lisa liz
    lizzie logan lois lola lorna lorraine louis louisa louise lucas lucy lukasz luke lydia lynda lynn
    lynne maddie madison magdalena mairead maisie malcolm mandy manpreet marc marcus marek margaret margot maria marian
    marie marilyn marion marjorie mark marta martha martin martyn mary matilda matt matthew maureen maurice max
    maxine may megan mehmet melanie melissa mhairi mia michael michaela michal michelle mike mildred millie miriam
    mohamed mohammad mohammed moira molly monica morag morgan muhammad murdo muriel nadia naomi natalie natasha nathan
    neil nell ngozi nia niall niamh nicholas nick nicky nicola nicole nigel nina nisha noah noel
    nora norma norman oliver olivia olu oluwaseun omar orla oscar owen padraig paige pamela patricia patrick
    paul paula pauline pawel pearl peggy penelope penny percy peter petra phil philip phillip phoebe phyllis
    piotr pippa pooja poppy priya rachael rachel rahul rajesh rajinder ralph ramesh ravi ray raymond rebecca
    reece reggie rhian rhodri rhys richard rita rob robbie robert robin robyn rodney roger roisin ronald
    ronnie rory rosa rosalind rose rosemary rosie ross rowan roy ruaridh ruby rupert russell ruth ryan
    sadie sally sam samantha samuel sandra sanjay saoirse sara sarah scarlett scott seamus sean sebastian seren
    shane shannon sharon shaun sheila shirley shona sian sidney simon sinead siobhan sofia sonia sophia sophie
    stacey stanley stella stephanie stephen steve steven stewart stuart sue summer sunita suresh susan suzanne sylvia
    tamsin tanya tara tegan terence teresa terry tess tessa theo theodore theresa thomas tilly tim timothy
    tina toby todd tom tomasz tommy toni tony tracey tracy trevor tunde tyler una valerie vanessa
    vera veronica vicky victor victoria vijay vikram vincent violet vivian vivienne wayne wendy wilfred will william
    willow winifred yasmin yaw yvonne zach zachary zahra zainab zak zara zoe
    hope faith precious blessing patience charity mercy honor honour
    """

/// Common UK surnames, from several backgrounds.
  static let surnames = """
    abbott acton adams adebayo ahmed ainsworth akhtar alderson ali allen allsop anderson andrews anwar asante ashworth
    atkins atkinson austin aziz bailey bains baker balogun barber barker barlow barnes barnett barrett bates baxter
    beattie beckett begum bell bennett bentley berry bibi bird bishop black blackburn boateng bolton booth bowen
    boyle bradley bradshaw brady brennan briggs brookes brooks brown buckley bull burgess burke burns burton bush
    butler butt byrne cameron campbell carr carroll carter cartwright chambers chapman charlton chaudhry chauhan chen choi
    chowdhury clark clarke clayton coates cole coleman collins connolly conway cook cooke cooper costa cox cross
    crossley cunningham curtis dabrowski dale daly daniels davey davies davis dawson day dean denton desai dhillon
    dickinson dixon dobson doherty douglas doyle duffy duncan dunn dyer eaton edwards elliott ellis esposito evans
    ewing farmer farooq farrell faulkner ferguson fernandez ferrari field finch fisher fitzgerald fleming fletcher flynn forbes
    ford forster foster fowler fox francis franklin fraser freeman french frost fuller gallagher garcia gardner garner
    gibbs gibson gilbert gill goddard godfrey golding gonzalez goodwin gordon gough gould graham grant gray green
    greenwood gregory grey griffin griffiths gupta gwynne hale hall hamilton hammond hancock hanson haq harding hardy
    hargreaves harper harris harrison hart hartley harvey hawkins hayes haynes heath henderson hewitt hicks higgins hill
    hobbs hodgson holden holland holmes holt hopkins horton hossain houghton howard howarth howe huang hudson hughes
    humphreys hunt hunter hurst hussain hussein hutchinson ingram ionescu iqbal islam jackson james jarvis javed jenkins
    jennings johnson johnston jones jordan joshi kaminski kaur kavanagh kay kelly kemp kennedy kerr khan kim
    king kirby kirk knight knowles kowalski kumar lamb lambert lane latif law lawrence lawson leach lee
    lees lewandowski lewis li lin little liu llewellyn lloyd long lopez lord lowe lucas lynch macdonald
    mackay mackenzie maclean macleod maguire mahmood malik mann marsden marsh marshall martin martinez mason matthews may
    mccann mccarthy mcdermott mcdonald mcgrath mcintosh mckenzie mclaughlin mehta mellor mensah meredith metcalfe miah middleton miles
    miller mills mirza mistry mitchell moore morgan morris morrison morton moss munro murphy murray nash nawaz
    naylor newman newton nguyen nicholls nicholson nolan norris north novak nowak nwosu o'brien o'connell o'connor o'neill
    o'reilly o'sullivan obi obrien ogunleye okafor okeke oliveira oliver osborne osei owen owusu oyelaran page palmer
    park parker parkinson parmar parry parsons patel paterson payne pearce pearson pereira perez perkins perry phillips
    pickering pollard poole popescu porter potter powell preston price pritchard probert prosser pugh quinn qureshi rahman
    ramsey randall rawlinson raza read rees reeves reid reynolds rhodes riaz richards richardson riley roberts robertson
    robinson rodriguez rogers rose ross rossi rowe rowley russell russo ryan saleem sanchez sanders sandhu santos
    saunders savage scott shah sharma sharp sharpe shaw sheikh shepherd short siddiqui silva simpson sinclair singh
    slater smith sparks spencer stanley steele stephens stephenson stevens stewart stokes stone storey sullivan summers sutton
    sweeney swift sykes szymanski talbot taylor thomas thompson thornton tran tucker turner uddin vaughan vincent wade
    walker walsh walters walton wang ward warner warren waters watkins watson watt watts weaver webb webster
    wells west wheeler white whitehead wilkins wilkinson williams williamson willis wilson winter wisniewski wojcik wong wood
    woods woodward wright wu wyatt yang yates young yousaf zaman zhang zhao zielinski
    """

/// Words of the support line's world that must survive scrubbing: services,
/// hospitals, places, sarcoma types, treatments, drugs, units and note-taking
/// shorthand. A word here is never a name on its own, even when it is also a
/// surname ("Ewing", "Marsden", "Sutton"); a title or a name beside it still
/// makes it one.
  static let domainWords = """
    a&e abdomen aberdeen actinomycin addenbrooke's addenbrookes adriamycin ae ae&e albans alder alveolar america american amputation angiosarcoma
    anglesey appt appts apt asap avapritinib aya ayvakyt barking barnet barnsley barnstaple barts basildon bath bd
    beatson bedford belfast benign berkshire bexley biopsies biopsy birmingham blackpool bloods bloomsbury bolsover bolton bone-scan bournemouth
    brachytherapy bradford brent brighton bristol britain british bromley bsg buckinghamshire bupa cambridge cambridgeshire camden canterbury carboplatin
    cardiff carer carers carlisle ccg cgy charing chelmsford chelsea cheltenham chemo chemotherapy cheshire chester chondrosarcoma chordoma
    christie christie's churchill cisplatin clatterbridge clear-cell clinic clinics cm cns cns's cnss codeine colchester consultant consultants
    core cornwall coventry cqc crewe croydon ct cumbria curie cyclophosphamide cytology dacarbazine dactinomycin dagenham denosumab derby
    derbyshire dermatofibrosarcoma derry desmoid desmoplastic devon dexa dexamethasone dfsp dietician dietitian dk docetaxel doncaster dorset dover
    doxorubicin dsrct dtic dudley dundee durham dx ealing ecg echo ed edgware edinburgh ee2008 ee2012 ee99
    eg endoprosthesis enfield england english entrectinib eortc epithelioid eribulin essex etc etoposide euro europe european euston
    ewing ewing's ewing-like ewings exeter ext extremity f/u f2f fbc femur fibromatosis fibrosarcoma fibrous fibula fife
    filgrastim fish freeman fu fulham fx fyi g-csf gabapentin gastrointestinal gcsf gemcitabine genomic genomics gist glasgow
    gleevec glivec gloucester gloucestershire gobowen gosh gp gp's gps greenwich grimsby guernsey guildford guy's guys gwynedd
    gy hackney haemangioma haemangiopericytoma haematology halaven halifax hamlets hammersmith hampshire haringey harley harlow harrogate harrow hastings
    havering hemangioma hemel hempstead hereford herefordshire hertfordshire hey hickman highlands hillingdon histology histopathologist histopathology hosp hospice
    hounslow hove huddersfield hull humerus huntley hx ibuprofen icb iconic idk ie ifosfamide im imatinib immunotherapy
    imrt info inverness ipswich ireland irinotecan irish isle islington iu iv ix jersey kaposi kaposi's kensington
    kent keynes kg kingston kit lambeth lancashire lancaster larotrectinib lartruvo leeds leicester leicestershire leiomyosarcoma lewisham lfts
    limb limb-sparing lincoln lincolnshire line lipoma liposarcoma liverpool london lothian lsesn lss luton lvm macmillan maggie's
    maggies maidstone malignant manchester marie marsden marylebone mcg mdm2 mdt mdt's mdts merseyside merton mesna metastases
    metastasis metastatic methotrexate mets mg middlesbrough middlesex midlands milton ml mm mmol mob morphine mpnst mri
    mx myxofibrosarcoma myxoid nb ncri newcastle newham newport ngs nhs nhs's nhse nice nirogacestat norfolk northampton
    northern northumberland norwich nottingham nottinghamshire ntrk nuffield occupational od ok okay olaratumab oldham oncologist oncologists oncology
    ondansetron ooo oramorph orkney ormond orthopaedic orthopaedics orthopedic osteosarcoma oswestry ot oxford oxfordshire oxycodone paclitaxel paddington
    paediatric paediatrics palliative pals paracetamol pathology pazopanib pbt pdgfra pecoma pelvic pelvis pet pet-ct peterborough phyllodes
    physio physiotherapist physiotherapy picc pleomorphic pls plymouth po poole port portacath portsmouth powys pregabalin preston prn
    prosthesis proton protuberans ps psycho-oncology pt pts putney qds qinlock radcliffe radiologist radiology radiotherapy re reading
    redbridge reecur registrar regorafenib retroperitoneal retroperitoneum rhabdomyosarcoma richmond ripretinib rmh rnoh rochdale rotherham royal rt rx
    sacrum salford salisbury salvage sarcoma sarcomas sbrt sc scan scans scapula scarborough schwannoma scotland scottish sdh
    service ses sft sheffield shetland shrewsbury shropshire signpost signposted signposting sirolimus slough solitary somerset southampton southend
    southmead southwark spire st staffordshire stanmore steroids stevenage stivarga stockport stoke strass stratford stromal sts suffolk
    sunderland sunitinib support surgeon surgeons surgery surrey sussex sutent sutton swansea swindon sx synovial tamoxifen taunton
    tazemetostat tba tbc tbd tds teenage tel telford temozolomide thx tibia topotecan torquay tottenham tower trabectedin
    tramadol trucut truro tumor tumors tumour tumours tx tya u&e ucl ucla uclh uk uk's ultrasound
    undifferentiated ups usa uterine uterus velindre vincristine vinorelbine vm votrient w/c wakefield wales walsall waltham walthamstow
    wandsworth warrington warwickshire watford welsh wembley westminster westmoreland weston weymouth whitechapel whittington wigan wight wiltshire wimbledon
    woking wolverhampton worcester worcestershire wrt x-ray xray yondelis york yorkshire zoledronic zometa pc ps nb mins
    approx appts pts wks yrs hrs obs meds onc haem rehab hosp asap
    xgeva prolia clexane fragmin enoxaparin dalteparin zomorph oxynorm oxycontin sevredol movicol laxido senna
    emend aprepitant neulasta pegfilgrastim zarzio caelyx myocet taxotere gemzar temodal hycamtin navelbine
    cosmegen uromitexan nexavar sorafenib afinitor everolimus tazverik vitrakvi rozlytrek ogsiveo fyarro mepact
    na lms lps rms os ks dgh crm pdf pis lpa poa qe hk nbsp locum asps
    rm pe hr dn opd amu sdec cdu hcp bmt fao ga ehe mfh alt sact qeh qmc nnuh ouh uhb uhl uhs ruh lgi sjuh rvi wgh gri qeuh uhw uhcw rlh rfh gstt
    pas gcs kch rip dna icu hdu itu uss xr slt epr dnr cpr dnacpr lft lfts crp inr bmi srs ent msk wfh nfa tia lmtc wip
    vol vols coord retd lipo todo ddx cons lol ugh misc sms imp pmh webchat ringback followup resp bcc subj cont contd pto rota wkend wknd
    busulfan melphalan treosulfan dexrazoxane epirubicin selpercatinib crizotinib
    ifr ipfr vide vai vdc evaia vaia spr anp acp ahp rmo hca pa fap hiv rbe jts cd dvd usb ihc pcr wgs ctdna spect mibg cic bcor ews gct tgct pvns ddlps wdlps mlps plps dwp hmrc dvla esa gmc nmc
    roh tecelra afami-cel creon mabthera rituximab trelstar mifamurtide keytruda pembrolizumab opdivo nivolumab yervoy ipilimumab cabozantinib cabometyx lenvatinib lenvima
    """

/// Function words: never a name, never part of a street name.
  static let functionWords = """
    a about above after again against all already also although always am an and any are
    aren't as at be because been before being below both but by bye can can't cannot
    could couldn't dear did didn't do does doesn't doing don't done down during each either else
    even ever few for from had hadn't has hasn't have haven't having he he'd he'll he's
    hello her here here's hers herself hi him himself his how i i'd i'll i'm i've
    if in into is isn't it it's its itself just later let's may me might mine
    more most must my myself neither never no nope nor not now of off often ok
    okay on one ones only onto or other ought our ours ourselves out over own per
    please re same shall she she'd she'll she's should shouldn't since so some sometimes soon still
    such than thank thanks that that's the their theirs them themselves then there there's these they
    they'd they'll they're they've this those though through to today tomorrow too under until up upon
    us very via was wasn't we we'd we'll we're we've were weren't what what's when where
    whether which while who who's whom whose why will with won't would wouldn't yeah yep yes
    yesterday yet you you'd you'll you're you've your yours yourself
    """

/// Titles that always put a name after them, in any case ("dr evans").
  static let strongTitles = "mr mrs ms miss mx dr prof professor"

/// Words that are a title only when capitalised and followed by a capitalised
/// word ("Sister Mary", "Nurse Adeyemi", but "her sister").
  static let weakTitles = """
  sister nurse father fr rev revd reverend sir dame lady lord matron canon pastor
  rabbi imam cllr councillor cns sr mme mlle sra srta dona dom herr frau sheikh haji
  hajji alhaji
  """

/// Words after which the next word is a name when it could be one at all
/// ("called Grace", "spoke to john smith").
  static let strongNameCues = """
  called named name name's calling spoke spoken speak speaking talked talking
  chatted chatting i'm im dear attn c/o signed surname forename nickname aka nee ne
  """

/// People a note mentions by relation or role; a capitalised word after one is
/// a name even if it is also an everyday word ("her son Will").
  static let relationWords = """
  husband wife son daughter mum mom mother dad father partner boyfriend girlfriend
  brother sister friend carer niece nephew aunt auntie uncle grandson granddaughter
  grandma grandmother grandad grandfather nan nana gran fiance fiancee neighbour
  caller patient pt colleague consultant surgeon oncologist doctor registrar
  secretary stepson stepdaughter stepmother stepfather cousin sibling child kids
  parent parents mam mama mammy papa amma ammi abbu brother-in-law sister-in-law mother-in-law
  father-in-law son-in-law daughter-in-law dtr dau bro sis hubby husb granny grandpa grampa avo
  nonna nonno yiayia papou pappou bubbe zaide zeide savta abuela abuelo maman teta jiddo sitti baba
  halmeoni harabeoji okaasan otousan obaachan ojiichan babcia dziadek babushka dedushka nani dadi nanaji dadaji
  ammachi appa umma omma nok daddy mummy hooyo aabo halmoni dayk bav abla nain taid mamgu tadcu khala mamu chacha
  chachi bhaiya bhai tio zio oppa unni noona hyung zayde bubby ajji ammamma giagia pappous teyze amca dayi babaanne
  anneanne
  """

/// The last word of a street name.
  static let streetSuffixes = """
  road rd street st avenue ave lane lanes ln drive close crescent cres grove gardens gdns
  terrace way mews place square sq court ct row rw walk hill rise parade vale view
  green park wharf quay boulevard heights villas
  yard wynd brae loan circus embankment approach chase dene fold garth meadow meadows mead
  paddock paddocks path passage precinct ridge esplanade promenade broadway causeway drove
  gate hollow orchard sidings steps vennel end basin
  """

/// Street suffixes strong enough to mark an address with no house number
/// ("lives on Acacia Road").
  static let strongStreetSuffixes = """
  road rd street avenue ave lane drive close crescent grove gardens terrace mews
  """

/// Words that put a number after them that is part of an address ("Flat 3").
  /// Rare words that some recognisers look for around them: a bleep's or an
  /// extension's word, a boat's or a prison's, words beside a name typed alone
  /// in lower case ("its lachlan", "mahsa here", "ahmet lowercase"), and the
  /// first words of feast days ("Christmas Day"; "New Year's Day" only beside a year's digits).
  static let rareCues = "bleep ext extn extension pager nb narrowboat houseboat yacht boat hmp hmyoi its im here lowercase christmas xmas valentine valentines boxing third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirty-first"

  static let dwellingWords = "flat fl apartment apt unit maisonette room block pitch plot suite croft caravan bungalow chalet bedsit mooring moorings berth fflat"

/// Units and spans of time: a number before one is a quantity, not an address.
  static let quantityWords = """
  mg mcg ml kg g cm mm gy cgy iu mmol l litre litres minute minutes min mins hour
  hours hr hrs day days week weeks wk wks month months year years yr yrs cycle
  cycles dose doses tablet tablets times percent pm am weekly daily monthly
  """

/// Words before a number that say it is a hospital or record number.
  static let recordCues = "mrn hosp hospital record records ref reference case id crn rn chi"

/// Words before a number that say it is a phone number.
  static let phoneCues = "tel telephone phone ph mob mobile landline cell call ring contact phoned ext fax"

/// Words before a number or date that say it is a date of birth.
  static let birthCues = "dob born birth d.o.b b."

/// Endings of email domains, for addresses spelled out in words.
  static let emailDomainEndings = """
  com net org uk co ac gov nhs io ie eu info me biz scot wales fr de es it pt nl be pl ro tr gr ch at
  in pk ng gh ke za au ca us cy mt
  """

/// Email providers: "at gmail" is an email address even without "dot com".
  static let emailProviders = """
  gmail googlemail hotmail yahoo outlook btinternet icloud aol live msn sky
  virginmedia talktalk protonmail ymail nhs.net
  """

/// The areas of UK postcodes, for recognising the outward half on its own.
  static let postcodeAreas = """
  ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh
  dl dn dt dy e ec eh en ex fk fy g gl gu gy hd hg hp hr hs hu hx ig im ip iv je
  ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe
  ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq
  tr ts tw ub w wa wc wd wf wn wr ws wv yo ze
  """

/// Names of hospitals, services and organisations that are made of personal
/// names or everyday words; each line is one phrase, kept whole.
  static let protectedPhrases = """
  royal marsden
  mummy's star
  chelsea and westminster
  li fraumeni
  gamma knife
  hunter's canal
  queen mary's
  king edward vii
  king edward vii's
  stewart treves
  von recklinghausen
  ronald mcdonald
  nuffield health
  john radcliffe
  great ormond street
  alder hey
  weston park
  marie curie
  king's college
  kings college
  queen elizabeth
  queen alexandra
  princess alexandra
  mount vernon
  western general
  st james's
  st james
  st thomas'
  st thomas's
  st thomas
  st george's
  st georges
  st mary's
  st marys
  st bartholomew's
  mary seacole
  toronto protocol
  orchid cancer
  st luke's
  robert jones
  agnes hunt
  sarcoma uk
  bone cancer research trust
  teenage cancer trust
  young lives vs cancer
  clic sargent
  harley street
  charing cross
  red cross
  kings cross
  king's cross
  earls court
  bethnal green
  golders green
  parsons green
  turnham green
  muswell hill
  notting hill
  herne hill
  primrose hill
  forest hill
  tower hill
  crystal palace
  mile end
  elephant and castle
  md anderson
  sri lanka
  sri lankan
  sloan kettering
  peter maccallum
  penny brohn
  ellen macarthur
  anthony nolan
  sue ryder
  princess grace
  sarah cannon
  florence nightingale
  nightingale ward
  nightingale hospital
  st christopher's
  st christophers
  st joseph's
  st josephs
  st helier
  st peter's
  st richard's
  st barnabas
  st catherine's
  palmers green
  gustave roussy
  st mark's
  st marks
  northwick park
  von hippel-lindau
  teenage and young adult
  homer wright
  st vincent's
  st vincents
  king hussein
  bobby robson
  euro ewing
  stamford hill
  wood green
  """

/// Names that are more often something else when capitalised on their own
/// (a ward, a direction, a month, a nationality): a name only beside another
/// name, or after a title or cue.
  static let everydayNames = """
  day law read field page lord french cross long little short north south east
  west park hall lane ward bishop king queen knight price summer winter frost may
  june april august march young hill wood stone bush hunt wells mills marsh heath
  dale glen street miles ford moss booth chambers porter bell sharp grant dean
  """
}

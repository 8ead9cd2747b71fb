// Products for sale, by business. Prices in whole rupiah.

export interface ProductSeed {
  business: string;
  category: string;
  name: string;
  description: string;
  priceIdr: number;
  stock: number;
  unit: string;
  weightGrams?: number;
  draft?: boolean;
}

const p = (
  business: string,
  category: string,
  name: string,
  priceIdr: number,
  stock: number,
  unit: string,
  weightGrams: number | undefined,
  description: string,
  draft = false,
): ProductSeed => ({ business, category, name, priceIdr, stock, unit, weightGrams, description, draft });

export const products: ProductSeed[] = [
  // Juntinyuat
  p("keripik-singkong-mbak-siti", "keripik", "Keripik Singkong Balado 250 g", 18_000, 120, "pak", 250, "Keripik singkong iris tipis dengan bumbu balado pedas manis. Tanpa pengawet, digoreng dengan minyak baru setiap hari."),
  p("keripik-singkong-mbak-siti", "keripik", "Keripik Singkong Original 250 g", 16_000, 140, "pak", 250, "Rasa gurih asin yang sederhana, renyah dan tidak berminyak. Cocok untuk teman minum teh."),
  p("keripik-singkong-mbak-siti", "keripik", "Keripik Singkong Pedas Daun Jeruk 500 g", 32_000, 60, "pak", 500, "Kemasan keluarga dengan taburan cabai dan daun jeruk purut kering."),
  p("keripik-singkong-mbak-siti", "keripik", "Paket Oleh-oleh Keripik 3 Rasa", 52_000, 30, "pak", 750, "Tiga bungkus 250 g: balado, original dan pedas daun jeruk, dalam kardus siap kirim."),
  p("terasi-ikan-asin-bu-casmini", "bumbu", "Terasi Rebon Juntinyuat 250 g", 25_000, 80, "pak", 250, "Terasi udang rebon asli pesisir Indramayu, difermentasi alami dan dijemur di rumah jemur higienis."),
  p("terasi-ikan-asin-bu-casmini", "olahan-ikan", "Ikan Asin Jambal Roti 500 g", 85_000, 40, "pak", 500, "Jambal roti dari ikan manyung, kadar garam rendah, empuk dan wangi saat digoreng."),
  p("terasi-ikan-asin-bu-casmini", "olahan-ikan", "Ikan Teri Nasi Kering 250 g", 45_000, 50, "pak", 250, "Teri nasi putih bersih, dijemur tanpa pemutih. Cocok untuk sambal teri dan nasi goreng."),
  p("terasi-ikan-asin-bu-casmini", "olahan-ikan", "Kerupuk Ikan Tenggiri Mentah 500 g", 38_000, 70, "pak", 500, "Kerupuk ikan tenggiri siap goreng, mengembang besar dan gurih."),
  p("mangga-gincu-pak-daskan", "hasil-tani", "Mangga Gedong Gincu Segar", 55_000, 90, "kg", 1000, "Mangga gedong gincu kebun sendiri, kulit merah jingga, manis dan harum. Dipetik matang pohon, tersedia saat musim."),
  p("mangga-gincu-pak-daskan", "kue-tradisional", "Dodol Mangga 250 g", 22_000, 100, "pak", 250, "Dodol dari daging mangga gincu dan gula aren, kenyal dan tidak terlalu manis."),
  p("mangga-gincu-pak-daskan", "makanan-ringan", "Manisan Mangga Kering 200 g", 27_000, 75, "pak", 200, "Irisan mangga muda yang dikeringkan dengan sedikit gula, asam manis segar."),
  p("batik-dermayon-warsini", "batik-tenun", "Batik Tulis Dermayon Motif Kapal Kandas", 450_000, 8, "lembar", 350, "Kain batik tulis 2 x 1,15 m, pewarna alam, motif kapal kandas khas Paoman Indramayu. Dikerjakan sekitar tiga minggu."),
  p("batik-dermayon-warsini", "batik-tenun", "Batik Cap Motif Iwak Etong", 175_000, 25, "lembar", 300, "Kain batik cap 2 x 1,15 m motif ikan etong, warna biru laut."),
  p("batik-dermayon-warsini", "batik-tenun", "Kemeja Batik Dermayon Pria", 265_000, 15, "buah", 300, "Kemeja lengan pendek batik cap, katun primisima, ukuran M sampai XXL."),
  p("batik-dermayon-warsini", "batik-tenun", "Selendang Batik Tulis Sutra", 385_000, 5, "lembar", 150, "Selendang sutra 2 x 0,5 m dengan motif kembang gunda.", true),
  // Krasak
  p("bawang-goreng-krasak", "bumbu", "Bawang Goreng Krasak 200 g", 35_000, 150, "botol", 200, "Bawang merah lokal Indramayu digoreng renyah tanpa tepung dan tanpa pengawet, dalam toples kedap udara."),
  p("bawang-goreng-krasak", "bumbu", "Bawang Goreng Krasak 500 g", 78_000, 60, "pak", 500, "Kemasan isi ulang untuk warung dan rumah makan."),
  p("bawang-goreng-krasak", "bumbu", "Sambal Bawang Goreng 150 g", 28_000, 90, "botol", 180, "Sambal bawang dengan cabai rawit dan bawang goreng renyah. Tahan tiga bulan."),
  p("kerupuk-udang-dua-saudara", "olahan-ikan", "Kerupuk Udang Mentah 500 g", 42_000, 110, "pak", 500, "Kerupuk udang dengan kadar udang tinggi, warna alami tanpa pewarna."),
  p("kerupuk-udang-dua-saudara", "makanan-ringan", "Kerupuk Udang Siap Makan 200 g", 24_000, 80, "pak", 200, "Sudah digoreng, tinggal buka. Renyah dan gurih udang."),
  p("kerupuk-udang-dua-saudara", "olahan-ikan", "Kerupuk Kulit Ikan Bandeng 250 g", 30_000, 45, "pak", 250, "Kerupuk dari kulit bandeng tambak Indramayu, digoreng kering."),
  p("anyaman-eceng-gondok-kartini", "kerajinan", "Tas Anyaman Eceng Gondok", 165_000, 20, "buah", 450, "Tas jinjing anyaman eceng gondok dengan lapisan kain batik di dalam. Ukuran 35 x 28 cm."),
  p("anyaman-eceng-gondok-kartini", "kerajinan", "Keranjang Serbaguna Eceng Gondok", 95_000, 35, "buah", 600, "Keranjang diameter 30 cm untuk pakaian, mainan atau tanaman."),
  p("anyaman-eceng-gondok-kartini", "kerajinan", "Set Tatakan Gelas Eceng Gondok (6 buah)", 45_000, 50, "pak", 150, "Enam tatakan gelas anyaman rapat, diameter 10 cm."),
  // Lipursari
  p("kopi-sindoro-lipursari", "kopi-teh", "Kopi Arabika Sindoro Biji Sangrai 200 g", 75_000, 70, "pak", 200, "Arabika lereng Sindoro 1.300 mdpl, proses natural, sangrai medium. Catatan rasa gula aren dan jeruk."),
  p("kopi-sindoro-lipursari", "kopi-teh", "Kopi Robusta Wonosobo Bubuk 250 g", 45_000, 100, "pak", 250, "Robusta petik merah, digiling sedang untuk tubruk atau saring."),
  p("kopi-sindoro-lipursari", "kopi-teh", "Kopi Arabika Sindoro Biji Sangrai 1 kg", 310_000, 15, "kg", 1000, "Kemasan besar untuk kedai kopi. Sangrai sesuai pesanan."),
  p("kopi-sindoro-lipursari", "kopi-teh", "Teh Hijau Tambi Daun 100 g", 30_000, 60, "pak", 100, "Teh hijau daun utuh dari kebun teh rakyat sekitar Tambi, Wonosobo."),
  p("carica-dieng-bu-sri", "kue-tradisional", "Manisan Carica dalam Sirup (6 cup)", 45_000, 90, "pak", 1200, "Carica, pepaya gunung khas Dieng, dalam sirup manis segar. Enam cup per kardus."),
  p("carica-dieng-bu-sri", "kue-tradisional", "Selai Carica 250 g", 32_000, 40, "botol", 300, "Selai carica dengan potongan buah, cocok untuk roti dan kue."),
  p("carica-dieng-bu-sri", "madu-herbal", "Purwaceng Seduh 50 g", 55_000, 30, "pak", 50, "Minuman herbal purwaceng khas dataran tinggi Dieng, dicampur jahe merah.", true),
  p("keripik-jamur-suparmi", "keripik", "Keripik Jamur Tiram 150 g", 25_000, 100, "pak", 150, "Jamur tiram segar dari kumbung sendiri, dibalut tepung berbumbu dan digoreng renyah."),
  p("keripik-jamur-suparmi", "keripik", "Keripik Kentang Dieng Balado 200 g", 28_000, 90, "pak", 200, "Kentang granola Dieng diiris tipis dengan bumbu balado."),
  p("keripik-jamur-suparmi", "keripik", "Kentang Mustofa 250 g", 38_000, 50, "pak", 250, "Kentang kering pedas manis dengan kacang tanah, tahan lama."),
  // Kalisabuk
  p("gula-kelapa-kalisabuk", "bumbu", "Gula Kelapa Kristal Organik 500 g", 35_000, 200, "pak", 500, "Gula semut dari nira kelapa penderes Kalisabuk, tersertifikasi organik, kadar air rendah."),
  p("gula-kelapa-kalisabuk", "bumbu", "Gula Kelapa Kristal Organik 1 kg", 65_000, 120, "kg", 1000, "Kemasan hemat untuk usaha kue dan minuman."),
  p("gula-kelapa-kalisabuk", "bumbu", "Gula Kelapa Cetak 1 kg", 30_000, 150, "kg", 1000, "Gula kelapa cetak tradisional, cokelat keemasan dan harum."),
  p("gula-kelapa-kalisabuk", "kopi-teh", "Gula Semut Jahe Instan 250 g", 28_000, 80, "pak", 250, "Gula kelapa kristal dengan jahe emprit, tinggal seduh air panas."),
  p("sale-pisang-bu-rusmini", "kue-tradisional", "Sale Pisang Basah 500 g", 30_000, 100, "pak", 500, "Pisang ambon diasap dan dijemur tanpa gula tambahan, legit dan kenyal."),
  p("sale-pisang-bu-rusmini", "kue-tradisional", "Sale Pisang Goreng Tepung 250 g", 20_000, 120, "pak", 250, "Sale pisang yang dibalut tepung lalu digoreng, renyah di luar legit di dalam."),
  p("sale-pisang-bu-rusmini", "keripik", "Keripik Pisang Kepok 250 g", 18_000, 90, "pak", 250, "Keripik pisang kepok asin gurih."),
  p("abon-ikan-segara", "olahan-ikan", "Abon Ikan Tuna 200 g", 58_000, 60, "botol", 220, "Abon tuna dari nelayan Cilacap, dimasak dengan santan dan rempah, tanpa MSG."),
  p("abon-ikan-segara", "olahan-ikan", "Abon Ikan Tongkol Pedas 200 g", 48_000, 70, "botol", 220, "Abon tongkol dengan cabai, cocok untuk bekal."),
  p("abon-ikan-segara", "olahan-ikan", "Bakso Ikan Tenggiri Beku 500 g", 45_000, 25, "pak", 500, "Bakso ikan tenggiri tanpa boraks, dikirim beku dengan kotak styrofoam (wilayah Jawa)."),
  // Sidoharjo (Lampung Selatan)
  p("keripik-pisang-mbak-ngatini", "keripik", "Keripik Pisang Cokelat 250 g", 25_000, 150, "pak", 250, "Keripik pisang kepok khas Lampung dengan lapisan cokelat lumer."),
  p("keripik-pisang-mbak-ngatini", "keripik", "Keripik Pisang Balado 250 g", 23_000, 130, "pak", 250, "Pedas manis dengan cabai merah segar."),
  p("keripik-pisang-mbak-ngatini", "keripik", "Keripik Pisang Aneka Rasa 1 kg", 85_000, 40, "kg", 1000, "Empat rasa: cokelat, balado, keju dan original, masing-masing 250 g."),
  p("kopi-robusta-way-panji", "kopi-teh", "Kopi Robusta Lampung Petik Merah Biji 250 g", 55_000, 80, "pak", 250, "Robusta petik merah dari petani Lampung Selatan, sangrai medium-dark."),
  p("kopi-robusta-way-panji", "kopi-teh", "Kopi Robusta Lampung Bubuk 500 g", 70_000, 60, "pak", 500, "Bubuk kopi robusta murni tanpa campuran jagung."),
  p("kopi-robusta-way-panji", "kopi-teh", "Kopi Tubruk Drip Bag (10 sachet)", 40_000, 100, "pak", 120, "Sepuluh kantong seduh praktis, masing-masing 10 g."),
  p("tapis-sulam-usus-rohmah", "batik-tenun", "Selendang Tapis Lampung", 350_000, 10, "lembar", 250, "Selendang tapis dengan sulaman benang emas motif pucuk rebung."),
  p("tapis-sulam-usus-rohmah", "batik-tenun", "Kebaya Sulam Usus", 425_000, 6, "buah", 400, "Kebaya sulam usus satin, dijahit sesuai ukuran (kirim ukuran setelah memesan)."),
  p("tapis-sulam-usus-rohmah", "kerajinan", "Dompet Tapis Motif Kapal", 85_000, 30, "buah", 120, "Dompet kecil dengan aplikasi kain tapis motif kapal."),
  // Wanasaba (Lombok Timur)
  p("tenun-ikat-sasak-baiq", "batik-tenun", "Kain Tenun Ikat Sasak", 380_000, 12, "lembar", 500, "Kain tenun ikat gedogan 2 x 0,6 m, benang katun pewarna alam, motif subahnale."),
  p("tenun-ikat-sasak-baiq", "batik-tenun", "Songket Sasak Benang Emas", 450_000, 4, "lembar", 600, "Songket tenun tangan dengan benang emas untuk acara adat. Dikerjakan sekitar satu bulan."),
  p("tenun-ikat-sasak-baiq", "batik-tenun", "Syal Tenun Sasak", 120_000, 25, "lembar", 150, "Syal tenun 1,6 m x 30 cm, warna indigo dan merah kesumba."),
  p("tenun-ikat-sasak-baiq", "kerajinan", "Tas Selempang Tenun Sasak", 185_000, 15, "buah", 350, "Tas selempang kain tenun dengan tali kulit sintetis.", true),
  p("madu-trigona-wanasaba", "madu-herbal", "Madu Trigona (Kelulut) 250 ml", 120_000, 50, "botol", 350, "Madu lebah tanpa sengat dari kebun kopi dan mete di kaki Rinjani. Asam segar, kaya propolis."),
  p("madu-trigona-wanasaba", "madu-herbal", "Madu Trigona (Kelulut) 500 ml", 220_000, 25, "botol", 650, "Kemasan besar, dipanen tanpa dipanaskan."),
  p("madu-trigona-wanasaba", "madu-herbal", "Propolis Trigona 30 ml", 95_000, 40, "botol", 80, "Ekstrak propolis lebah trigona dalam botol tetes."),
  p("jajanan-sasak-sahnun", "bumbu", "Gula Aren Cetak Lombok 1 kg", 40_000, 100, "kg", 1000, "Gula aren dari nira pohon aren keluarga, dimasak di tungku kayu."),
  p("jajanan-sasak-sahnun", "kue-tradisional", "Dodol Rumput Laut 250 g", 25_000, 80, "pak", 250, "Dodol rumput laut khas Lombok, aneka rasa buah."),
  p("jajanan-sasak-sahnun", "kue-tradisional", "Jajan Tarek Wijen 200 g", 18_000, 60, "pak", 200, "Jajanan Sasak dari tepung beras dan wijen, renyah dan manis."),
  // Bringinan (Ponorogo)
  p("reog-mini-purwanto", "kerajinan", "Miniatur Dadak Merak Reog 40 cm", 275_000, 10, "buah", 900, "Miniatur dadak merak dengan bulu merak asli yang rontok alami dan kepala harimau ukir kayu."),
  p("reog-mini-purwanto", "kerajinan", "Topeng Bujang Ganong Ukir", 150_000, 15, "buah", 400, "Topeng bujang ganong dari kayu pule, dicat tangan."),
  p("reog-mini-purwanto", "kerajinan", "Gantungan Kunci Reog (isi 5)", 25_000, 100, "pak", 60, "Lima gantungan kunci reog mini, cocok untuk oleh-oleh."),
  p("jenang-emping-bu-sumini", "kue-tradisional", "Jenang Ketan Gula Jawa 500 g", 30_000, 90, "pak", 500, "Jenang ketan dengan gula jawa dan santan, dibungkus kertas minyak per potong."),
  p("jenang-emping-bu-sumini", "keripik", "Emping Melinjo Mentah 500 g", 60_000, 70, "pak", 500, "Emping melinjo tipis ditumbuk tangan, tinggal goreng."),
  p("jenang-emping-bu-sumini", "keripik", "Emping Melinjo Pedas Manis 250 g", 35_000, 60, "pak", 250, "Emping goreng dengan balutan gula merah dan cabai."),
  p("keripik-tempe-tukiyem", "keripik", "Keripik Tempe Sagu Original 200 g", 20_000, 140, "pak", 200, "Keripik tempe tipis dengan tepung sagu dan daun jeruk, khas Ponorogo."),
  p("keripik-tempe-tukiyem", "keripik", "Keripik Tempe Pedas 200 g", 21_000, 120, "pak", 200, "Versi pedas dengan cabai rawit kering."),
  p("keripik-tempe-tukiyem", "keripik", "Keripik Tempe Kemasan Toples 500 g", 48_000, 40, "buah", 650, "Toples plastik tebal, cocok untuk suguhan Lebaran."),
];

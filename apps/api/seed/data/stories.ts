// Stories and good practices shared with the network of villages. Author refs: "officer:<village>" (the village's
// first officer) or "owner:<business>".

export interface StorySeed {
  slug: string;
  villageKey: string;
  author: string;
  kind: "STORY" | "PRACTICE";
  title: string;
  body: string;
  publishedOn?: string;
}

export const stories: StorySeed[] = [
  {
    slug: "pos-layanan-migrasi-balai-desa-juntinyuat",
    villageKey: "juntinyuat",
    author: "officer:juntinyuat",
    kind: "PRACTICE",
    title: "Mencatat CPMI sebelum berangkat: pos layanan migrasi di balai desa",
    publishedOn: "2026-09-14",
    body: [
      "Sejak 2024 Pemerintah Desa Juntinyuat membuka pos layanan migrasi setiap Senin dan Kamis di balai desa. Warga yang ingin bekerja ke luar negeri datang untuk mendapat informasi lowongan resmi, daftar agensi yang berizin dan perkiraan biaya yang wajar.",
      "Setiap calon pekerja migran dicatat dengan persetujuannya: nama, negara tujuan dan rencana keberangkatan. Data ini kami cocokkan dengan data nasional sehingga keberangkatan nonprosedural bisa dicegah lebih awal. NIK tidak pernah kami simpan dalam bentuk terbuka.",
      "Hasilnya, dalam satu tahun tiga warga batal berangkat lewat calo dan memilih jalur resmi. Pos yang sama juga menerima laporan keluarga bila ada masalah di negara penempatan.",
    ].join("\n\n"),
  },
  {
    slug: "community-parenting-lipursari",
    villageKey: "lipursari",
    author: "officer:lipursari",
    kind: "PRACTICE",
    title: "Community parenting: menjaga anak saat ibu bekerja di luar negeri",
    publishedOn: "2026-07-22",
    body: [
      "Banyak anak di Lipursari diasuh ayah atau kakek-nenek karena ibunya bekerja di Hong Kong atau Taiwan. Sejak program Desmigratif, kader desa mengadakan pertemuan pengasuhan setiap bulan.",
      "Dalam pertemuan itu para pengasuh belajar mendampingi anak belajar, mengatur uang kiriman dan menjaga komunikasi video dengan ibu di luar negeri. Anak-anak punya kelompok belajar sore di rumah baca desa.",
      "Kami mendorong desa lain memulai dari hal kecil: satu kader, satu ruang dan jadwal yang tetap. Pengalaman kami siap kami bagikan.",
    ].join("\n\n"),
  },
  {
    slug: "dari-taichung-ke-dapur-keripik",
    villageKey: "juntinyuat",
    author: "owner:keripik-singkong-mbak-siti",
    kind: "STORY",
    title: "Dari Taichung ke dapur keripik",
    publishedOn: "2026-10-05",
    body: [
      "Tujuh tahun saya merawat Ama, nenek berusia 88 tahun di Taichung. Gaji saya separuhnya dikirim pulang, tetapi dulu hampir semuanya habis untuk kebutuhan sehari-hari dan membangun rumah.",
      "Di tahun terakhir saya mulai menabung khusus untuk usaha. Pulang ke Juntinyuat, saya membeli wajan besar dan mesin pengiris. Awalnya keripik hanya dijual ke warung tetangga.",
      "Sekarang keripik kami dijual lewat koperasi desa ke pembeli di banyak kota, dan tiga tetangga bekerja bersama saya. Pesan saya untuk teman-teman yang masih di luar negeri: sisihkan sedikit setiap bulan untuk tabungan usaha, sekecil apa pun.",
    ].join("\n\n"),
  },
  {
    slug: "satgas-pmi-dan-perdes-wanasaba",
    villageKey: "wanasaba",
    author: "officer:wanasaba",
    kind: "PRACTICE",
    title: "Satgas PMI dan Perdes Perlindungan: cara Wanasaba mencegah keberangkatan nonprosedural",
    publishedOn: "2026-11-03",
    body: [
      "Wanasaba adalah salah satu desa pengirim pekerja migran terbesar di Lombok Timur. Pada 2025 desa menetapkan Peraturan Desa tentang Perlindungan Pekerja Migran dan membentuk Satgas PMI yang anggotanya termasuk purna PMI.",
      "Satgas berkeliling ke dusun untuk menjelaskan bahaya berangkat lewat calo, mencatat warga yang berencana berangkat, dan mendampingi keluarga bila ada kasus. Anggaran kegiatan masuk dalam APBDes.",
      "Tahun ini satgas menggagalkan satu keberangkatan nonprosedural ke Malaysia dan membantu keluarga melapor ke polisi. Calon pekerja tersebut kini mengikuti pelatihan migrasi aman.",
    ].join("\n\n"),
  },
  {
    slug: "menabung-remitansi-lewat-koperasi-bringinan",
    villageKey: "bringinan",
    author: "owner:jenang-emping-bu-sumini",
    kind: "STORY",
    title: "Menabung remitansi lewat koperasi",
    publishedOn: "2026-08-17",
    body: [
      "Saat bekerja di Hong Kong saya sering melihat teman pulang tanpa tabungan. Karena itu setelah pulang kami mendirikan KSP Migran Mandiri bersama purna PMI lain di Bringinan.",
      "Keluarga pekerja migran menyisihkan sebagian kiriman untuk simpanan wajib dan ikut mendanai usaha anggota. Laporan keuangan dibacakan terbuka di Rapat Anggota Tahunan.",
      "Tidak semua lancar; ada cicilan yang terlambat. Tetapi karena semua tercatat dan dibicarakan terbuka, anggota tetap percaya.",
    ].join("\n\n"),
  },
  {
    slug: "panen-madu-trigona-draf",
    villageKey: "wanasaba",
    author: "owner:madu-trigona-wanasaba",
    kind: "STORY",
    title: "Belajar beternak trigona dari kebun kopi",
    body: "Draf cerita tentang kelompok pemuda peternak madu trigona di Wanasaba.",
  },
];
